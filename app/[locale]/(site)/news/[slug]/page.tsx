import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getAllNews, getNewsArticle } from "@/lib/data/news";
import { formatDate } from "@/lib/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { FallbackNotice } from "@/components/ui/fallback-notice";
import { ProvenanceLine } from "@/components/ui/provenance-line";
import { Markdown } from "@/components/ui/markdown";
import { langAttr } from "@/components/ui/lang";
import { NewsList } from "@/components/news/news-list";
import { JsonLd } from "@/components/seo/json-ld";
import { newsArticleJsonLd, pageMetadata } from "@/lib/seo";
import { siteUrl } from "@/lib/env";
import { beijingMinute } from "@/lib/site-identity";
import { localized, paths } from "@/lib/routes";
import { ArticleFooter, HeroFigure, heroSrc } from "./parts";

/** The largest stored variant of a lead image (app/media/[id]/[variant]/route.ts). */
export async function generateStaticParams() {
  return (await getAllNews("zh")).map((n) => ({ slug: n.slug }));
}

export async function generateMetadata({ params }: PageProps<"/[locale]/news/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const n = await getNewsArticle(locale, slug);
  if (!n) return {};
  return pageMetadata({
    locale,
    path: paths.article(slug),
    title: n.title,
    description: n.summary,
    type: "article",
    publishedTime: n.publishedOn ?? undefined,
    article: { title: n.title, publishedAt: n.liveAt, source: n.sourceName },
    images: n.heroImage
      ? [{ url: heroSrc(n.heroImage), width: n.heroImage.width, height: n.heroImage.height, alt: n.heroImage.alt.text }]
      : undefined,
  });
}

export default async function NewsArticlePage({ params }: PageProps<"/[locale]/news/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const article = await getNewsArticle(locale, slug);
  if (!article) notFound();
  const [t, tc, tt, tm, ts] = await Promise.all([
    getTranslations({ locale, namespace: "news" }),
    getTranslations({ locale, namespace: "common" }),
    getTranslations({ locale, namespace: "translation" }),
    getTranslations({ locale, namespace: "meta" }),
    getTranslations({ locale, namespace: "site" }),
  ]);
  const lang = langAttr(locale, article.lang);
  const hero = article.heroImage;
  return (
    <>
      <JsonLd
        data={{
          ...newsArticleJsonLd({
            url: localized(locale, paths.article(slug)),
            headline: article.title,
            description: article.summary,
            datePublished: article.publishedOn,
            dateModified: article.updatedAt,
            inLanguage: article.lang,
            publisherName: tm("siteName"),
            sourceName: article.sourceName,
            sourceUrl: article.sourceUrl,
            author: article.byline,
            translationOf: article.provenance && {
              url: localized(article.provenance.original, paths.article(slug)),
              inLanguage: article.provenance.original,
              revision: article.provenance.sourceRevision,
            },
          }),
          ...(hero
            ? {
                image: {
                  "@type": "ImageObject",
                  url: `${siteUrl()}${heroSrc(hero)}`,
                  width: hero.width,
                  height: hero.height,
                },
              }
            : {}),
        }}
      />
      <Breadcrumbs
        locale={locale}
        items={[
          { href: paths.news, label: t("title") },
          { label: article.title, lang },
        ]}
      />
      <article lang={lang} className="max-w-3xl">
        <header className="border-b border-slate-200 pb-6">
          <p className="text-sm font-semibold text-accent-600" lang={lang ? locale : undefined}>
            {t(`kinds.${article.kind}`)}
          </p>
          <h1 className="mt-2 text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{article.title}</h1>
          <ProvenanceLine locale={locale} provenance={article.provenance} href={paths.article(slug)} />
          <p className="mt-3 text-lg leading-relaxed text-slate-700">{article.summary}</p>
          <dl
            className="mt-4 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-[auto_1fr]"
            lang={lang ? locale : undefined}
          >
            <dt className="font-semibold">{t("date")}</dt>
            <dd>
              {article.publishedOn ? (
                <time dateTime={article.publishedOn}>{formatDate(locale, article.publishedOn)}</time>
              ) : (
                tc("dateNotStated")
              )}
            </dd>
            <dt className="font-semibold">{ts("postedAt")}</dt>
            <dd data-testid="posted-at">
              <time dateTime={article.liveAt}>{beijingMinute(article.liveAt)}</time>
            </dd>
            <dt className="font-semibold">{tc("source")}</dt>
            <dd lang={lang}>
              {article.sourceName || <span lang={lang ? locale : undefined}>{tc("sourceNotNamed")}</span>}
              {article.sourceUrl && (
                <>
                  {" · "}
                  <a href={article.sourceUrl} rel="noopener noreferrer external" className="text-brand-700 underline">
                    {t("sourceLink")}
                  </a>
                </>
              )}
            </dd>
            {article.byline && (
              <>
                <dt className="font-semibold">{t("author")}</dt>
                <dd lang={lang}>{article.byline}</dd>
              </>
            )}
            <dt className="font-semibold">{t("originalLanguage")}</dt>
            <dd>{tt(`languageName.${article.originalLocale}`)}</dd>
          </dl>
        </header>
        {hero && <HeroFigure locale={locale} article={article} />}
        <FallbackNotice locale={locale} shownIn={article.lang} />
        <Markdown className="prose-portal mt-6 text-[1.05rem]">{article.body}</Markdown>
        <ArticleFooter locale={locale} article={article} />
      </article>
      {article.related.length > 0 && (
        <section aria-labelledby="related" className="mt-12 max-w-3xl">
          <h2 id="related" className="text-2xl font-bold text-brand-900">
            {t("related")}
          </h2>
          <NewsList locale={locale} items={article.related} />
        </section>
      )}
    </>
  );
}

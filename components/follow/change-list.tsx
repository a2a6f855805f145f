// The list of published changes of a zone or policy in one language (server component).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { pageMetadata } from "@/lib/seo";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { ChangeEntry } from "@/lib/data/changes";
import { formatDate } from "@/lib/format";

export async function ChangeList({ locale, changes, base }: { locale: Locale; changes: ChangeEntry[]; base: string }) {
  const [t, tp] = await Promise.all([
    getTranslations({ locale, namespace: "follow.changes" }),
    getTranslations({ locale, namespace: "policies" }),
  ]);
  if (changes.length === 0) return <p className="mt-6 text-slate-700">{t("none")}</p>;
  return (
    <ol className="mt-6 space-y-4" data-testid="change-list">
      {changes.map((c) => (
        <li key={c.id} className="rounded border border-slate-200 p-4">
          <p className="text-sm text-slate-700">
            <time dateTime={c.publishedAt}>{formatDate(locale, c.publishedAt)}</time> ·{" "}
            {t(`part_${c.contentType as "zone"}`)}
          </p>
          <p className={c.note ? "mt-1 text-lg" : "mt-1 italic text-slate-700"}>{c.note ?? t("noNote")}</p>
          {c.articles.length > 0 && (
            <p className="mt-2 text-sm">
              <span className="font-semibold">{t("changedArticles")}:</span>{" "}
              {c.articles.map((a, i) => (
                <span key={a.anchor}>
                  {i > 0 && ", "}
                  <Link
                    href={`${base}#${a.anchor}`}
                    className="text-brand-700 underline underline-offset-2 hover:text-brand-900"
                  >
                    {tp("article", { number: a.number })} {a.heading}
                  </Link>
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

export async function FeedLinks({ locale, base }: { locale: Locale; base: string }) {
  const t = await getTranslations({ locale, namespace: "follow.changes" });
  return (
    <p className="mt-3 flex gap-3 text-sm">
      <span>{t("feeds")}:</span>
      <a href={`/${locale}${base}/changes/feed.xml`} className="text-brand-700 underline underline-offset-2">
        {t("rss")}
      </a>
      <a href={`/${locale}${base}/changes/atom.xml`} className="text-brand-700 underline underline-offset-2">
        {t("atom")}
      </a>
    </p>
  );
}

/** The top of a changes page: breadcrumbs (section › item › changes), the title, the lead and the feeds. */
export async function ChangesHeader({
  locale,
  section,
  base,
  title,
  titleLang,
}: {
  locale: Locale;
  section: { href: string; label: string };
  base: string;
  title: string;
  titleLang: string;
}) {
  const t = await getTranslations({ locale, namespace: "follow.changes" });
  return (
    <>
      <Breadcrumbs
        locale={locale}
        items={[section, { href: base, label: title, lang: titleLang }, { label: t("crumb") }]}
      />
      <header className="border-b border-slate-200 pb-6">
        <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl">{t("title", { title })}</h1>
        <p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{t("lead")}</p>
        <FeedLinks locale={locale} base={base} />
      </header>
    </>
  );
}

export async function BackLink({ locale, base }: { locale: Locale; base: string }) {
  const t = await getTranslations({ locale, namespace: "follow.changes" });
  return (
    <p className="mt-8">
      <Link href={base} className="text-brand-700 underline underline-offset-2">
        {t("back")}
      </Link>
    </p>
  );
}

/** Metadata of a changes page, with its RSS and Atom alternates. */
export async function changesMetadata(locale: Locale, base: string, title: string | undefined): Promise<Metadata> {
  if (!title) return {};
  const t = await getTranslations({ locale, namespace: "follow.changes" });
  const meta = await pageMetadata({
    locale,
    path: `${base}/changes`,
    title: t("title", { title }),
    description: t("lead"),
  });
  // This page's own feeds are the ones it announces (besides the site's news feeds).
  return {
    ...meta,
    alternates: {
      ...meta.alternates,
      types: {
        ...meta.alternates?.types,
        "application/rss+xml": `/${locale}${base}/changes/feed.xml`,
        "application/atom+xml": `/${locale}${base}/changes/atom.xml`,
      },
    },
  };
}

// Two parts of a news article's page (page.tsx): the hero image with its caption and credit, and the
// footer with the article's zones and tags.
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { htmlLang, type Locale } from "@/i18n/routing";
import type { NewsArticleView, NewsHeroImage } from "@/lib/data/news";
import { getZones } from "@/lib/data/zones";
import { labelsFor } from "@/lib/labels";
import { langAttr } from "@/components/ui/lang";
import { localized, paths } from "@/lib/routes";

/** The address of a hero image's stored variant (the widest by default). */
export const heroSrc = (h: NewsHeroImage, width = h.widths[h.widths.length - 1]) => `/media/${h.id}/${width}.webp`;

export async function HeroFigure({ locale, article }: { locale: Locale; article: NewsArticleView }) {
  const hero = article.heroImage;
  if (!hero) return null;
  const ta = await getTranslations({ locale, namespace: "admin" });
  const credit = hero.credit;
  // `lang` for a piece of the figure: only where it differs from the article's (which may be a fallback).
  const heroLang = (l: Locale) => (l === article.lang ? undefined : htmlLang[l]);
  return (
    <figure className="mt-6" data-testid="news-hero">
      <img
        src={heroSrc(hero)}
        srcSet={hero.widths.map((w) => `${heroSrc(hero, w)} ${w}w`).join(", ")}
        sizes="(min-width: 48rem) 48rem, 100vw"
        width={hero.width}
        height={hero.height}
        alt={hero.alt.text}
        lang={heroLang(hero.alt.lang)}
        fetchPriority="high"
        className="h-auto w-full rounded bg-slate-100"
      />
      {(hero.caption || credit) && (
        <figcaption className="mt-2 text-sm text-slate-700">
          {hero.caption && <span lang={heroLang(hero.caption.lang)}>{hero.caption.text}</span>}
          {hero.caption && credit && " "}
          {credit && (
            <span lang={heroLang(locale)} className="text-slate-600">
              {ta.rich("media.photoCredit", {
                credit: credit.text,
                c: (chunks) => <span lang={credit.lang === locale ? undefined : htmlLang[credit.lang]}>{chunks}</span>,
              })}
            </span>
          )}
        </figcaption>
      )}
    </figure>
  );
}

export async function ArticleFooter({ locale, article }: { locale: Locale; article: NewsArticleView }) {
  const [t, zones, tagLabel] = await Promise.all([
    getTranslations({ locale, namespace: "news" }),
    getZones(locale),
    labelsFor(locale, "tags"),
  ]);
  const lang = langAttr(locale, article.lang);
  const zoneName = new Map(zones.map((z) => [z.slug, z.shortName]));
  return (
    <footer className="mt-8 space-y-3 border-t border-slate-200 pt-4 text-sm" lang={lang ? locale : undefined}>
      {article.zones.length > 0 && (
        <p className="flex flex-wrap gap-2">
          {article.zones.map((z) => (
            <Link
              key={z}
              href={paths.zone(z)}
              className="rounded-full bg-brand-50 px-3 py-1 text-brand-800 underline-offset-2 hover:underline"
            >
              {zoneName.get(z) ?? z}
            </Link>
          ))}
        </p>
      )}
      {article.tags.length > 0 && (
        <p className="flex flex-wrap items-center gap-2">
          <span className="text-slate-600">{t("tags")}:</span>
          {article.tags.map((tag) => (
            <a
              key={tag}
              href={`${localized(locale, paths.news)}?tag=${tag}`}
              className="rounded bg-slate-100 px-2 py-0.5 text-slate-800 hover:underline"
            >
              {tagLabel(tag)}
            </a>
          ))}
        </p>
      )}
    </footer>
  );
}

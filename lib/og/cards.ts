// The OpenGraph cards of the home, zone, policy and news pages as cached PNG bytes, under the same cache
// tags as the pages: an edit that revalidates a page redraws its card. Routes ask only for published
// slugs (lib/og/route.ts), so the cache holds at most one entry per page and locale.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { tags } from "@/lib/cache-tags";
import { formatDate, joinList } from "@/lib/format";
import { argLocale, argSlug } from "@/lib/validation/data-args";
import { getZone, getZones } from "@/lib/data/zones";
import { getPolicy } from "@/lib/data/policies";
import { getNewsArticle } from "@/lib/data/news";
import { renderOgPng } from "./image";

async function site(locale: Locale) {
  return (await getTranslations({ locale, namespace: "meta" }))("siteShortName");
}

export async function homeOgPng(locale: Locale): Promise<Uint8Array> {
  "use cache";
  locale = argLocale(locale);
  cacheTag(tags.zones);
  cacheLife("max");
  const [t, tm, zones] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    getTranslations({ locale, namespace: "meta" }),
    getZones(locale),
  ]);
  return renderOgPng({
    locale,
    site: tm("siteName"),
    kicker: joinList(
      locale,
      zones.slice(0, 2).map((z) => z.shortName),
    ),
    title: t("title"),
  });
}

export async function zoneOgPng(locale: Locale, slug: string): Promise<Uint8Array | null> {
  "use cache";
  locale = argLocale(locale);
  if (!argSlug(slug)) return null;
  cacheTag(tags.zones, tags.zone(slug));
  cacheLife("max");
  const zone = await getZone(locale, slug);
  if (!zone) return null;
  const [tz, th] = await Promise.all([
    getTranslations({ locale, namespace: "zone" }),
    getTranslations({ locale, namespace: "home" }),
  ]);
  return renderOgPng({
    locale,
    site: await site(locale),
    kicker: tz(`kind.${zone.kind}`),
    title: zone.name,
    date: zone.approvedOn ? th("approved", { date: formatDate(locale, zone.approvedOn) }) : null,
  });
}

export async function policyOgPng(locale: Locale, slug: string): Promise<Uint8Array | null> {
  "use cache";
  locale = argLocale(locale);
  if (!argSlug(slug)) return null;
  cacheTag(tags.policies, tags.policy(slug), tags.zones);
  cacheLife("max");
  const policy = await getPolicy(locale, slug);
  if (!policy) return null;
  const [tp, zones] = await Promise.all([getTranslations({ locale, namespace: "policies" }), getZones(locale)]);
  const zoneNames = zones.filter((z) => policy.zones.includes(z.slug)).map((z) => z.shortName);
  return renderOgPng({
    locale,
    site: await site(locale),
    kicker: zoneNames.length ? joinList(locale, zoneNames) : policy.issuer,
    title: policy.title,
    date: `${tp("issuedOn")} ${formatDate(locale, policy.issuedOn)}`,
  });
}

export async function newsOgPng(locale: Locale, slug: string): Promise<Uint8Array | null> {
  "use cache";
  locale = argLocale(locale);
  if (!argSlug(slug)) return null;
  cacheTag(tags.news, tags.newsArticle(slug), tags.zones);
  cacheLife("max");
  const article = await getNewsArticle(locale, slug);
  if (!article) return null;
  const [tn, tc, zones] = await Promise.all([
    getTranslations({ locale, namespace: "news" }),
    getTranslations({ locale, namespace: "common" }),
    getZones(locale),
  ]);
  const zoneNames = zones.filter((z) => article.zones.includes(z.slug)).map((z) => z.shortName);
  return renderOgPng({
    locale,
    site: await site(locale),
    kicker: zoneNames.length
      ? `${tn(`kinds.${article.kind}`)} · ${joinList(locale, zoneNames)}`
      : tn(`kinds.${article.kind}`),
    title: article.title,
    date: article.publishedOn ? tc("publishedOn", { date: formatDate(locale, article.publishedOn) }) : null,
  });
}

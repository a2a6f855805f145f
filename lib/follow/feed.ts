// RSS 2.0 and Atom 1.0 feeds of one zone's or policy's published changes in one language
// (/{locale}/zones|policies/<slug>/changes/feed.xml and atom.xml), built with `feed` like the news feeds.
// Rendered per request (connection()); the history underneath is cached by the item's tags. Notes are
// plain text: escaped, never emitted as markup.
import "server-only";
import { connection } from "next/server";
import { Feed } from "feed";
import { getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";
import { getChangeHistory, type HistorySubject } from "@/lib/data/changes";
import { getPolicy } from "@/lib/data/policies";
import { getZone } from "@/lib/data/zones";
import { localized } from "@/lib/routes";
import { itemPath } from "@/lib/content-model/pages";
import { escapeHtml } from "@/lib/escape-html";

const types = { rss: "application/rss+xml; charset=utf-8", atom: "application/atom+xml; charset=utf-8" } as const;
const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function changesFeedResponse(
  params: Promise<{ locale: string; slug: string }>,
  subject: HistorySubject,
  format: "rss" | "atom",
): Promise<Response> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return notFound();
  await connection();
  const item = subject === "zone" ? await getZone(locale, slug) : await getPolicy(locale, slug);
  if (!item) return notFound();
  const title = "name" in item ? item.name : item.title;
  const [history, t, tm, tp] = await Promise.all([
    getChangeHistory(locale, subject, slug),
    getTranslations({ locale, namespace: "follow.changes" }),
    getTranslations({ locale, namespace: "meta" }),
    getTranslations({ locale, namespace: "policies" }),
  ]);
  const base = `${siteUrl()}${localized(locale, itemPath(subject, slug))}`;
  const feed = new Feed({
    id: `${base}/changes`,
    link: `${base}/changes`,
    title: t("feedTitle", { title }),
    description: t("lead"),
    language: locale,
    copyright: tm("siteName"),
    updated: history.lastUpdated ? new Date(history.lastUpdated) : new Date(),
    feedLinks: { rss: `${base}/changes/feed.xml`, atom: `${base}/changes/atom.xml` },
  });
  for (const c of history.changes) {
    const articles = c.articles
      .map(
        (a) =>
          `<li><a href="${escapeHtml(`${base}#${a.anchor}`)}">${escapeHtml(`${tp("article", { number: a.number })} ${a.heading}`)}</a></li>`,
      )
      .join("");
    feed.addItem({
      id: `${base}/changes#${c.id}`,
      link: `${base}/changes`,
      title: c.note ?? `${title}: ${t(`part_${c.contentType as "zone"}`)}`,
      date: new Date(c.publishedAt),
      description: escapeHtml(c.note ?? t("noNote")),
      content: `<p>${escapeHtml(c.note ?? t("noNote"))}</p>${articles ? `<ul>${articles}</ul>` : ""}`,
    });
  }
  return new Response(format === "rss" ? feed.rss2() : feed.atom1(), { headers: { "Content-Type": types[format] } });
}

// Reading the public change history (written by lib/follow/changes.ts when something is published): a
// zone's or policy's changes in one language, its last update, and a policy's published versions with the
// difference between any two. Cached under the item's own tags, which every publication expires.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache-tags";
import type { Locale } from "@/i18n/routing";
import { argLocale, argSlug } from "@/lib/validation/data-args";
import { diffText, type DiffPart } from "@/lib/admin/diff";
import type { PolicySnapshot } from "@/lib/follow/changes";

export type HistorySubject = "zone" | "policy";

export interface ChangeEntry {
  id: string;
  publishedAt: string;
  note: string | null;
  contentType: string;
  /** Changed policy articles: anchor, number, heading as published. */
  articles: { anchor: string; number: number; heading: string }[];
}

export interface ChangeHistory {
  changes: ChangeEntry[];
  /** A policy's versions readers of this language have seen, oldest first (the baseline when the record began first). */
  versions: { id: string; publishedAt: string; baseline: boolean }[];
  lastUpdated: string | null;
}

const subjectArg = (v: unknown): HistorySubject => (v === "zone" ? "zone" : "policy");
const tagsOf = (subject: HistorySubject, slug: string) =>
  subject === "zone" ? [tags.zones, tags.zone(slug)] : [tags.policies, tags.policy(slug)];

export async function getChangeHistory(locale: Locale, subject: HistorySubject, slug: string): Promise<ChangeHistory> {
  "use cache";
  locale = argLocale(locale);
  subject = subjectArg(subject);
  const empty: ChangeHistory = { changes: [], versions: [], lastUpdated: null };
  if (!argSlug(slug)) return empty;
  cacheTag(...tagsOf(subject, slug));
  cacheLife("max");
  const root =
    subject === "zone"
      ? await db.zone.findUnique({ where: { slug }, select: { id: true } })
      : await db.policy.findUnique({ where: { slug }, select: { id: true } });
  if (!root) return empty;
  const rows = await db.publicChange.findMany({
    where: { subject, subjectId: root.id, locale },
    orderBy: { publishedAt: "desc" },
    take: 500,
  });
  const changes = rows
    .filter((r) => !r.baseline)
    .map((r) => {
      const articles = ((r.snapshot as PolicySnapshot | null)?.sections ?? []).flatMap((s) => s.articles);
      return {
        id: r.id,
        publishedAt: r.publishedAt.toISOString(),
        note: r.note,
        contentType: r.contentType,
        articles: r.anchors
          .map((a) => articles.find((x) => x.anchor === a))
          .filter((a) => !!a)
          .map((a) => ({ anchor: a!.anchor, number: a!.number, heading: a!.heading })),
      };
    });
  const versions = rows
    .filter((r) => r.snapshot)
    .map((r) => ({ id: r.id, publishedAt: r.publishedAt.toISOString(), baseline: r.baseline }))
    .reverse();
  return { changes, versions, lastUpdated: changes[0]?.publishedAt ?? null };
}

export interface ArticleDiff {
  anchor: string;
  number: number;
  heading: string;
  status: "added" | "removed" | "changed";
  parts: DiffPart[];
}

export interface VersionDiff {
  from: { id: string; publishedAt: string; baseline: boolean };
  to: { id: string; publishedAt: string; baseline: boolean };
  title: DiffPart[] | null;
  preamble: DiffPart[] | null;
  articles: ArticleDiff[];
}

const idArg = (v: unknown) => (typeof v === "string" && /^[a-z0-9]{8,40}$/.test(v) ? v : null);

/** The difference between two published versions of a policy in one language (either order), or null. */
export async function getPolicyVersionDiff(
  locale: Locale,
  slug: string,
  fromId: string,
  toId: string,
): Promise<VersionDiff | null> {
  "use cache";
  locale = argLocale(locale);
  const a = idArg(fromId);
  const b = idArg(toId);
  if (!argSlug(slug) || !a || !b) return null;
  cacheTag(tags.policies, tags.policy(slug));
  cacheLife("max");
  const rows = await db.publicChange.findMany({
    where: { id: { in: [a, b] }, subject: "policy", subjectSlug: slug, locale },
  });
  const from = rows.find((r) => r.id === a);
  const to = rows.find((r) => r.id === b);
  if (!from?.snapshot || !to?.snapshot) return null;
  const [older, newer] = from.publishedAt <= to.publishedAt ? [from, to] : [to, from];
  const before = older.snapshot as unknown as PolicySnapshot;
  const after = newer.snapshot as unknown as PolicySnapshot;
  const list = (s: PolicySnapshot) => s.sections.flatMap((x) => x.articles);
  const beforeMap = new Map(list(before).map((x) => [x.anchor, x]));
  const afterMap = new Map(list(after).map((x) => [x.anchor, x]));
  const text = (x?: { heading: string; body: string }) => (x ? `${x.heading}\n${x.body}` : "");
  const articles: ArticleDiff[] = [];
  for (const x of list(after)) {
    const old = beforeMap.get(x.anchor);
    if (old && text(old) === text(x)) continue;
    articles.push({
      anchor: x.anchor,
      number: x.number,
      heading: x.heading,
      status: old ? "changed" : "added",
      parts: diffText(text(old), text(x), locale),
    });
  }
  for (const x of list(before))
    if (!afterMap.has(x.anchor))
      articles.push({
        anchor: x.anchor,
        number: x.number,
        heading: x.heading,
        status: "removed",
        parts: diffText(text(x), "", locale),
      });
  const meta = (r: typeof older) => ({ id: r.id, publishedAt: r.publishedAt.toISOString(), baseline: r.baseline });
  return {
    from: meta(older),
    to: meta(newer),
    title: before.title === after.title ? null : diffText(before.title, after.title, locale),
    preamble: before.preamble === after.preamble ? null : diffText(before.preamble, after.preamble, locale),
    articles,
  };
}

// Public change notes and history. publishTranslation (lib/data/admin-content.ts) — by hand or by a
// schedule — is the one place a text goes live; it calls recordPublicChange in its own transaction, which
// writes a PublicChange row (what, which language, the editor's note, for a policy the changed articles and
// the whole document as readers now see it) and enqueues the notification fan-out (lib/follow/queue.ts).
// So a change is listed, fed and mailed exactly when it is published, or not at all.
import "server-only";
import type { Locale } from "@/i18n/routing";
import type { Db } from "@/lib/prisma-client";
import { enqueue } from "./queue";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export type ChangeSubject = "zone" | "policy" | "news";

export interface PolicySnapshot {
  title: string;
  preamble: string;
  sections: {
    anchor: string;
    heading: string;
    articles: { anchor: string; number: number; heading: string; body: string }[];
  }[];
}

/** The document as readers of `locale` see it: each part's published text in that language, else the original's. */
export async function policySnapshot(
  client: Tx | Db,
  policyId: string,
  locale: Locale,
): Promise<PolicySnapshot | null> {
  const p = await client.policy.findUnique({
    where: { id: policyId },
    include: {
      translations: true,
      sections: {
        orderBy: { sortOrder: "asc" },
        include: { translations: true, articles: { orderBy: { sortOrder: "asc" }, include: { translations: true } } },
      },
    },
  });
  if (!p) return null;
  const pick = <T extends { locale: Locale; status: string }>(rows: T[]): T | undefined => {
    const live = rows.filter((r) => r.status === "published");
    return (
      live.find((r) => r.locale === locale) ??
      live.find((r) => r.locale === p.originalLocale) ??
      rows.find((r) => r.locale === p.originalLocale)
    );
  };
  const pt = pick(p.translations);
  return {
    title: pt?.title ?? p.slug,
    preamble: pt?.preamble ?? "",
    sections: p.sections.map((s) => ({
      anchor: s.anchor,
      heading: pick(s.translations)?.heading ?? "",
      articles: s.articles.map((a) => {
        const at = pick(a.translations);
        return { anchor: a.anchor, number: a.number, heading: at?.heading ?? "", body: at?.body ?? "" };
      }),
    })),
  };
}

const articleMap = (s: PolicySnapshot | null) =>
  new Map((s?.sections ?? []).flatMap((x) => x.articles.map((a) => [a.anchor, `${a.heading}\n${a.body}`] as const)));

/** Anchors of articles added, removed or changed between two snapshots, in document order. */
export function changedArticles(before: PolicySnapshot | null, after: PolicySnapshot | null): string[] {
  const a = articleMap(before);
  const b = articleMap(after);
  const out: string[] = [];
  for (const [anchor, text] of b) if (a.get(anchor) !== text) out.push(anchor);
  for (const anchor of a.keys()) if (!b.has(anchor)) out.push(anchor);
  return out;
}

const sameSnapshot = (a: PolicySnapshot | null, b: PolicySnapshot | null) => JSON.stringify(a) === JSON.stringify(b);

export interface Pending {
  subject: ChangeSubject;
  rootId: string;
  rootSlug: string;
  locale: Locale;
  /** Policies: the document before this publication (the previous change's, else read now as the baseline). */
  before: PolicySnapshot | null;
  baselineNeeded: boolean;
}

const subjectOf = (kind: string): ChangeSubject | null =>
  kind === "zone" || kind === "policy" || kind === "news" ? kind : null;

/** Called inside the publish transaction before the text is updated. Null: this kind has no public history. */
export async function beforePublish(
  tx: Tx,
  kind: string,
  root: { id: string; slug: string },
  locale: Locale,
): Promise<Pending | null> {
  const subject = subjectOf(kind);
  if (!subject) return null;
  let before: PolicySnapshot | null = null;
  let baselineNeeded = false;
  if (subject === "policy") {
    const last = await tx.publicChange.findFirst({
      where: { subject, subjectId: root.id, locale },
      orderBy: { publishedAt: "desc" },
      select: { snapshot: true },
    });
    if (last?.snapshot) before = last.snapshot as unknown as PolicySnapshot;
    else {
      before = await policySnapshot(tx, root.id, locale);
      baselineNeeded = true;
    }
  }
  return { subject, rootId: root.id, rootSlug: root.slug, locale, before, baselineNeeded };
}

/**
 * Called inside the publish transaction after the text went live: records the change (unless nothing a
 * reader sees changed and there is no note) and enqueues its notification. Returns the change's id.
 */
export async function recordPublicChange(
  tx: Tx,
  pending: Pending,
  change: {
    contentType: string;
    itemKey: string;
    revision: number;
    previousRevision: number;
    wasPublished: boolean;
    note: string | null;
    at: Date;
  },
): Promise<string | null> {
  const { subject, rootId, rootSlug, locale } = pending;
  let snapshot: PolicySnapshot | null = null;
  let anchors: string[] = [];
  // What both the baseline and the change record are about.
  const about = {
    subject,
    subjectId: rootId,
    subjectSlug: rootSlug,
    contentType: change.contentType,
    itemKey: change.itemKey,
    locale,
  };
  if (subject === "policy") {
    snapshot = await policySnapshot(tx, rootId, locale);
    anchors = changedArticles(pending.before, snapshot);
    if (sameSnapshot(pending.before, snapshot) && !change.note) return null;
    if (pending.baselineNeeded && pending.before)
      await tx.publicChange.create({
        data: {
          ...about,
          revision: change.previousRevision,
          baseline: true,
          snapshot: pending.before as object,
          publishedAt: new Date(change.at.getTime() - 1),
        },
      });
  } else if (change.wasPublished && change.revision === change.previousRevision && !change.note) return null;
  const row = await tx.publicChange.create({
    data: {
      ...about,
      revision: change.revision,
      note: change.note,
      anchors,
      ...(snapshot ? { snapshot: snapshot as object } : {}),
      publishedAt: change.at,
    },
    select: { id: true },
  });
  await enqueue(tx, { kind: "fanout", key: `fanout:${row.id}`, payload: { changeId: row.id } });
  return row.id;
}

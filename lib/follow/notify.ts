// What the queue's jobs do (lib/follow/queue.ts): the fan-out of one published change to the readers who
// follow something it touches (one "send" job per reader, idempotency key change × reader), the weekly
// digests, the housekeeping (unconfirmed follows expire, old job rows go), and composing each email in the
// reader's language at the moment it is sent — so a reader who unsubscribed in between gets nothing.
import "server-only";
import { createTranslator } from "next-intl";
import type { Db } from "@/lib/prisma-client";
import { messagesFor } from "@/i18n/messages";
import type { Locale } from "@/i18n/routing";
import { siteUrl } from "@/lib/env";
import type { Mail } from "./mailer";
import type { PolicySnapshot } from "./changes";
import { covers, parseTargetKey, type ChangeScope, type Target } from "./targets";
import { signToken } from "./tokens";
import { enqueue } from "./queue";
import { paths } from "@/lib/routes";
import { itemPath } from "@/lib/content-model/pages";
import { textIn } from "@/lib/data/translation";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
type Client = Tx | Db;

/** Unconfirmed follows are deleted after this long. */
export const CONFIRM_WINDOW_MS = 48 * 60 * 60 * 1000;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const KEEP_JOBS_MS = 30 * 24 * 60 * 60 * 1000;

interface ChangeRow {
  id: string;
  subject: string;
  subjectId: string;
  subjectSlug: string;
  contentType: string;
  locale: Locale;
  note: string | null;
  anchors: string[];
  snapshot: unknown;
  publishedAt: Date;
}

async function scopeOf(client: Client, c: ChangeRow): Promise<ChangeScope> {
  if (c.subject === "zone") return { subject: "zone", slug: c.subjectSlug, zones: [c.subjectSlug] };
  if (c.subject === "news") {
    const n = await client.newsArticle.findUnique({
      where: { id: c.subjectId },
      select: { slug: true, kind: true, zones: { select: { slug: true } } },
    });
    return {
      subject: "news",
      slug: n?.slug ?? c.subjectSlug,
      zones: n?.zones.map((z) => z.slug) ?? [],
      newsKind: n?.kind,
    };
  }
  const p = await client.policy.findUnique({
    where: { id: c.subjectId },
    select: {
      slug: true,
      zones: { select: { slug: true } },
      articles: {
        where: { anchor: { in: c.anchors }, grants: true },
        select: { zoneSlugs: true, industries: true, topics: true },
      },
    },
  });
  return {
    subject: "policy",
    slug: p?.slug ?? c.subjectSlug,
    zones: p?.zones.map((z) => z.slug) ?? [],
    grants: p?.articles.map((a) => ({ zones: a.zoneSlugs, industries: a.industries, topics: a.topics })) ?? [],
  };
}

const confirmedTargets = (follows: { target: string; confirmedAt: Date | null }[]): Target[] =>
  follows
    .filter((f) => f.confirmedAt)
    .map((f) => parseTargetKey(f.target))
    .filter((t): t is Target => !!t);

/** One published change → one "send" job per instant reader of its language whose follows cover it. */
export async function fanout(tx: Tx, changeId: string): Promise<number> {
  const change = (await tx.publicChange.findUnique({ where: { id: changeId } })) as ChangeRow | null;
  if (!change) return 0;
  const scope = await scopeOf(tx, change);
  const subscribers = await tx.subscriber.findMany({
    where: { locale: change.locale, frequency: "instant", follows: { some: { confirmedAt: { not: null } } } },
    select: { id: true, follows: { select: { target: true, confirmedAt: true } } },
  });
  let n = 0;
  for (const s of subscribers) {
    if (!confirmedTargets(s.follows).some((t) => covers(t, scope))) continue;
    await enqueue(tx, {
      kind: "send",
      key: `change:${change.id}:to:${s.id}`,
      payload: { type: "changes", subscriberId: s.id, changeIds: [change.id] },
    });
    n++;
  }
  return n;
}

/** Housekeeping before each run: expired unconfirmed follows, readers left with none, old rows; weekly digests. */
export async function sweep(client: Db, now = new Date()): Promise<void> {
  await client.follow.deleteMany({ where: { confirmedAt: null, expiresAt: { lt: now } } });
  await client.subscriber.deleteMany({ where: { follows: { none: {} } } });
  await client.subscribeAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 60 * 60 * 1000) } } });
  await client.mailJob.deleteMany({ where: { doneAt: { lt: new Date(now.getTime() - KEEP_JOBS_MS) } } });
  const due = await client.subscriber.findMany({
    where: {
      frequency: "weekly",
      digestFrom: { lte: new Date(now.getTime() - WEEK_MS) },
      follows: { some: { confirmedAt: { not: null } } },
    },
    select: { id: true, locale: true, digestFrom: true, follows: { select: { target: true, confirmedAt: true } } },
    take: 500,
  });
  for (const s of due) {
    const changes = (await client.publicChange.findMany({
      where: { locale: s.locale, baseline: false, publishedAt: { gt: s.digestFrom, lte: now } },
      orderBy: { publishedAt: "asc" },
      take: 200,
    })) as ChangeRow[];
    // Only what a follow covered when it was published (a new follow does not bring the past week).
    const follows = s.follows.flatMap((f) => {
      const t = f.confirmedAt && parseTargetKey(f.target);
      return t ? [{ t, since: f.confirmedAt! }] : [];
    });
    const matching: string[] = [];
    for (const c of changes) {
      const scope = await scopeOf(client, c);
      if (follows.some((f) => f.since <= c.publishedAt && covers(f.t, scope))) matching.push(c.id);
    }
    await client.$transaction(async (tx) => {
      if (matching.length)
        await enqueue(tx, {
          kind: "send",
          key: `digest:${s.id}:${s.digestFrom.toISOString()}`,
          payload: { type: "changes", subscriberId: s.id, changeIds: matching, digest: true },
        });
      await tx.subscriber.update({ where: { id: s.id }, data: { digestFrom: now } });
    });
  }
}

// ---------------------------------------------------------------- composing

const url = (locale: Locale, path: string) => `${siteUrl()}/${locale}${path}`;

export function manageUrl(locale: Locale, subscriberId: string): string {
  return url(locale, `/subscribe/preferences?token=${signToken("manage", subscriberId)}`);
}
export function oneClickUrl(subscriberId: string, locale?: Locale): string {
  return `${siteUrl()}/api/follow/unsubscribe?token=${signToken("manage", subscriberId)}${locale ? `&locale=${locale}` : ""}`;
}

const translator = (locale: Locale) => createTranslator({ locale, messages: messagesFor(locale), namespace: "follow" });

/** A short human description of a target in the reader's language ("Policy: …", "News: all"). */
export async function describeTarget(client: Client, locale: Locale, t: Target): Promise<string> {
  const tr = translator(locale);
  const name = async (model: "zone" | "policy", slug: string) => {
    const rows =
      model === "zone"
        ? await client.zoneTranslation.findMany({
            where: { zone: { slug }, status: "published" },
            select: { locale: true, name: true },
          })
        : await client.policyTranslation.findMany({
            where: { policy: { slug }, status: "published" },
            select: { locale: true, title: true },
          });
    const r = textIn<{ locale: Locale; name: string } | { locale: Locale; title: string }>(rows, locale);
    return r ? ("name" in r ? r.name : r.title) : slug;
  };
  switch (t.kind) {
    case "zone":
      return tr("targets.zone", { name: await name("zone", t.slug) });
    case "policy":
      return tr("targets.policy", { name: await name("policy", t.slug) });
    case "news":
    case "incentives": {
      const all = createTranslator({ locale, messages: messagesFor(locale) });
      const parts = [
        t.zone ? await name("zone", t.zone) : null,
        t.kind === "news" && t.newsKind ? all(`news.kinds.${t.newsKind}`) : null,
        t.kind === "incentives" && t.industry ? all(`industries.${t.industry}`) : null,
        t.kind === "incentives" && t.topic ? all(`topics.${t.topic}`) : null,
      ].filter(Boolean);
      return tr(`targets.${t.kind}`, { filters: parts.length ? parts.join(" · ") : tr("targets.all") });
    }
  }
}

async function itemTitle(client: Client, c: ChangeRow): Promise<string> {
  if (c.subject === "policy" && c.snapshot) return (c.snapshot as PolicySnapshot).title;
  if (c.subject === "zone") {
    const rows = await client.zoneTranslation.findMany({
      where: { zoneId: c.subjectId, status: "published" },
      select: { locale: true, name: true },
    });
    return textIn(rows, c.locale)?.name ?? c.subjectSlug;
  }
  const rows = await client.newsTranslation.findMany({
    where: { articleId: c.subjectId, status: "published" },
    select: { locale: true, title: true },
  });
  return textIn(rows, c.locale)?.title ?? c.subjectSlug;
}

/** The page of a change's subject ("zone", "policy" or "news"). */
const subjectPath = (subject: string, slug: string) =>
  itemPath(subject === "zone" || subject === "policy" ? subject : "news", slug);

function listHeaders(subscriberId: string): Record<string, string> {
  return {
    "List-Unsubscribe": `<${oneClickUrl(subscriberId)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

/** The email of a "send" job, composed now from the current rows; null when there is nothing (left) to send. */
export async function composeJob(client: Db, payload: Record<string, unknown>): Promise<Mail | null> {
  if (payload.type === "confirm") {
    const f = await client.follow.findUnique({
      where: { id: String(payload.followId ?? "") },
      include: { subscriber: true },
    });
    if (!f || f.confirmedAt) return null;
    const locale = f.subscriber.locale as Locale;
    const tr = translator(locale);
    const target = parseTargetKey(f.target);
    if (!target) return null;
    const what = await describeTarget(client, locale, target);
    const link = url(locale, `/subscribe/confirm?token=${signToken("confirm", f.id)}`);
    return {
      to: f.subscriber.email,
      subject: tr("mail.confirmSubject"),
      text: [tr("mail.confirmIntro"), "", what, "", tr("mail.confirmAction"), link, "", tr("mail.confirmIgnore")].join(
        "\n",
      ),
      headers: {},
    };
  }
  if (payload.type === "inquiry-answer") return composeAnswer(client, String(payload.inquiryId ?? ""));
  if (payload.type !== "changes") return null;
  const s = await client.subscriber.findUnique({
    where: { id: String(payload.subscriberId ?? "") },
    include: { follows: true },
  });
  if (!s) return null;
  const locale = s.locale as Locale;
  const ids = Array.isArray(payload.changeIds) ? payload.changeIds.map(String).slice(0, 200) : [];
  const changes = (await client.publicChange.findMany({
    where: { id: { in: ids }, locale },
    orderBy: { publishedAt: "asc" },
  })) as ChangeRow[];
  const targets = confirmedTargets(s.follows);
  const tr = translator(locale);
  const blocks: string[] = [];
  let firstTitle = "";
  for (const c of changes) {
    const scope = await scopeOf(client, c);
    if (!targets.some((t) => covers(t, scope))) continue;
    const title = await itemTitle(client, c);
    firstTitle ||= title;
    const lines = [
      title,
      `${tr(`mail.subject_${c.subject as "zone" | "policy" | "news"}`)} · ${c.publishedAt.toISOString().slice(0, 10)}`,
      url(locale, subjectPath(c.subject, c.subjectSlug)),
    ];
    if (c.note) lines.push("", `${tr("mail.note")} ${c.note}`);
    if (c.subject === "policy" && c.anchors.length && c.snapshot) {
      const snap = c.snapshot as PolicySnapshot;
      const articles = snap.sections.flatMap((x) => x.articles);
      lines.push("", tr("mail.changedArticles"));
      for (const anchor of c.anchors) {
        const a = articles.find((x) => x.anchor === anchor);
        lines.push(
          `- ${a ? `${tr("mail.article", { number: a.number })} ${a.heading}`.trim() : anchor}: ${url(locale, paths.policy(c.subjectSlug, anchor))}`,
        );
      }
    }
    if (c.subject !== "news")
      lines.push("", `${tr("mail.allChanges")} ${url(locale, `${subjectPath(c.subject, c.subjectSlug)}/changes`)}`);
    blocks.push(lines.join("\n"));
  }
  if (blocks.length === 0) return null;
  const digest = payload.digest === true;
  const subject = digest
    ? tr("mail.digestSubject", { count: blocks.length })
    : tr("mail.changeSubject", { title: firstTitle });
  const footer = [
    tr("mail.footer"),
    `${tr("mail.manage")} ${manageUrl(locale, s.id)}`,
    `${tr("mail.unsubscribe")} ${oneClickUrl(s.id, locale)}`,
  ];
  return {
    to: s.email,
    subject,
    text: [
      tr(digest ? "mail.digestIntro" : "mail.changeIntro"),
      "",
      blocks.join("\n\n———\n\n"),
      "",
      "--",
      ...footer,
    ].join("\n"),
    headers: listHeaders(s.id),
  };
}

/**
 * Staff's answer to an inquiry (lib/admin/inquiries.ts answerInquiry), in the asker's language: the
 * question as they sent it, the answer, and whether they allowed publication. The address is read from the
 * inquiry now, never copied into the queue.
 */
async function composeAnswer(client: Db, inquiryId: string): Promise<Mail | null> {
  const q = await client.inquiry.findUnique({
    where: { id: inquiryId },
    select: { reference: true, email: true, locale: true, message: true, answer: true, allowPublication: true },
  });
  if (!q || !q.answer || !q.email) return null;
  const locale = q.locale as Locale;
  const tr = translator(locale);
  const quote = q.message
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n");
  const text = [
    tr("mail.answerIntro"),
    "",
    tr("mail.yourQuestion"),
    quote,
    "",
    tr("mail.answerLabel"),
    q.answer,
    ...(q.allowPublication ? ["", tr("mail.answerPublishNote")] : []),
    "",
    "--",
    `${tr("mail.answerFooter")} ${url(locale, paths.inquiry)}`,
  ].join("\n");
  return { to: q.email, subject: tr("mail.answerSubject", { reference: q.reference }), text, headers: {} };
}

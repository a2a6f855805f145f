// Content migrations: bringing corrected seed text into a database that was seeded with an earlier
// content/. The seed only creates what is missing (lib/content/seed.ts), so without this an installation
// seeded before a correction would keep the old text for ever.
//
// A step (prisma/content-migrations/<step>.json, written by scripts/content-migration-snapshot.ts from
// the content as it was) lists, for every text field the step corrects, its value as seeded before;
// the corrected value is the one in content/ now. For each translation the step touches:
//   * the database still holds the old seeded text  → the corrected text is saved as a new revision,
//     exactly as an admin save would be (revision + 1, a Revision row with the saved fields, the item's
//     version + 1, an AuditLog row "content.migrate"; a baseline Revision of the old text first);
//   * it already holds the corrected text            → nothing to do;
//   * it holds anything else (an editor changed it)  → left alone and reported.
// Details the step corrects (policy items' incentive flags and industries, a layout element's parent,
// an element dropped from the layout) follow the same three-way rule. Each step runs once per database
// (table ContentMigration, with its report) and each item in its own transaction.
//
// This runs at start-up from lib/database-setup.ts, before the site is built and served, through the
// seed's Prisma client: the admin data layer (lib/admin/*.ts) is server-only and invalidates
// Next.js cache tags, which do not exist yet at that point, so the writes below mirror
// saveContentTranslation in lib/admin/content.ts instead of calling it.
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Db } from "../prisma-client";
import { contentTypes, type ContentType } from "../content-model/types";
import { loadContent, type Content } from "./load";
import { locales, localeSchema, type ContentLocale } from "./schema";

export const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/content-migrations");

type Value = string | string[];
type Values = Record<string, Value>;

// ---------------------------------------------------------------- content as translation records

export interface TextRecord {
  type: ContentType;
  /** The admin's item key: the slug, or "<policy>~section-N" / "<policy>~article-N". */
  key: string;
  locale: ContentLocale;
  values: Values;
}

const pick = (type: ContentType, from: object): Values =>
  Object.fromEntries(
    contentTypes[type].fields.map((f) => [
      f.name,
      ((from as Record<string, Value | undefined>)[f.name] ?? (f.kind === "list" ? [] : "")) as Value,
    ]),
  );

/** Every translatable text of the content, one record per item and locale, in the admin's field names. */
export function textRecords(c: Content): TextRecord[] {
  const out: TextRecord[] = [];
  const each = (type: ContentType, items: { slug: string; translations: Record<ContentLocale, object> }[]) => {
    for (const it of items)
      for (const locale of locales)
        out.push({ type, key: it.slug, locale, values: pick(type, it.translations[locale]) });
  };
  each("zone", c.zones);
  each("layout", c.layout);
  each("figure", c.figures);
  each("glossary", c.glossary);
  each("news", c.news);
  for (const p of c.policies)
    for (const locale of locales) {
      const t = p.text[locale];
      out.push({ type: "policy", key: p.meta.slug, locale, values: pick("policy", t) });
      for (const s of t.sections)
        out.push({
          type: "policy-section",
          key: `${p.meta.slug}~section-${s.number}`,
          locale,
          values: pick("policy-section", s),
        });
      for (const a of t.articles)
        out.push({
          type: "policy-article",
          key: `${p.meta.slug}~article-${a.number}`,
          locale,
          values: pick("policy-article", a),
        });
    }
  return out;
}

// ---------------------------------------------------------------- a step, as stored

const valueSchema = z.union([z.string(), z.array(z.string())]);
const recordKey = z.object({
  type: z.enum(Object.keys(contentTypes) as [ContentType, ...ContentType[]]),
  key: z.string().min(1),
  locale: localeSchema,
});

export const stepSchema = z.object({
  id: z.string().regex(/^\d{4}-\d{2}-[a-z0-9-]+$/),
  description: z.string(),
  /** The changed fields of each translation, with the value they had before. */
  texts: z.array(recordKey.extend({ before: z.record(z.string(), valueSchema) })),
  /** Policy items whose incentive flag or industries changed. */
  articles: z.array(
    z.object({
      policy: z.string(),
      number: z.number().int(),
      before: z.object({ grants: z.boolean(), industries: z.array(z.string()) }),
    }),
  ),
  /** Layout elements whose parent changed (slugs; null = none). */
  layoutParents: z.array(z.object({ slug: z.string(), before: z.string().nullable() })),
  /** Layout elements no longer in the content, with their text as seeded: unpublished when unchanged. */
  removedLayout: z.array(
    z.object({ slug: z.string(), translations: z.record(localeSchema, z.record(z.string(), valueSchema)) }),
  ),
});
export type Step = z.infer<typeof stepSchema>;

const same = (a: Value | undefined, b: Value | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The step that takes content `before` to content `after` (scripts/content-migration-snapshot.ts). */
export function diffContent(id: string, description: string, before: Content, after: Content): Step {
  const now = new Map(textRecords(after).map((r) => [`${r.type} ${r.key} ${r.locale}`, r]));
  const texts: Step["texts"] = [];
  for (const old of textRecords(before)) {
    const cur = now.get(`${old.type} ${old.key} ${old.locale}`);
    if (!cur) continue;
    const changed = Object.keys(old.values).filter((f) => !same(old.values[f], cur.values[f]));
    if (changed.length)
      texts.push({
        type: old.type,
        key: old.key,
        locale: old.locale,
        before: Object.fromEntries(changed.map((f) => [f, old.values[f]!])),
      });
  }
  const articles: Step["articles"] = [];
  for (const p of before.policies) {
    const q = after.policies.find((x) => x.meta.slug === p.meta.slug);
    for (const a of p.meta.articles) {
      const b = q?.meta.articles.find((x) => x.number === a.number);
      if (b && (a.grants !== b.grants || !same(a.industries, b.industries)))
        articles.push({
          policy: p.meta.slug,
          number: a.number,
          before: { grants: a.grants, industries: a.industries },
        });
    }
  }
  const layoutParents = before.layout.flatMap((e) => {
    const cur = after.layout.find((x) => x.slug === e.slug);
    return cur && cur.parent !== e.parent ? [{ slug: e.slug, before: e.parent }] : [];
  });
  const removedLayout = before.layout
    .filter((e) => !after.layout.some((x) => x.slug === e.slug))
    .map((e) => ({
      slug: e.slug,
      translations: Object.fromEntries(locales.map((l) => [l, pick("layout", e.translations[l])])) as Record<
        ContentLocale,
        Values
      >,
    }));
  return { id, description, texts, articles, layoutParents, removedLayout };
}

/** The steps in prisma/content-migrations/, oldest first. */
export function loadSteps(dir = migrationsDir): Step[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => stepSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"))));
}

// ---------------------------------------------------------------- running a step

export interface StepReport {
  step: string;
  /** "zone:changchun-etdz ko" … saved as a new revision. */
  changed: string[];
  /** Already held the corrected value. */
  current: number;
  /** Changed by an editor since the seed: left as it is. */
  kept: string[];
  /** Not in this database (deleted by an editor): nothing to correct. */
  missing: string[];
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

interface Delegate {
  findUnique(args: object): Promise<Record<string, unknown> | null>;
  findFirst(args: object): Promise<Record<string, unknown> | null>;
  update(args: object): Promise<Record<string, unknown>>;
  updateMany(args: object): Promise<{ count: number }>;
}
const model = (tx: Tx, name: string) => (tx as unknown as Record<string, Delegate>)[name]!;

/** Where each type's rows live (as in lib/admin/content.ts). */
const storage: Record<ContentType, { root: string; translation: string; ownerKey: string; part?: string }> = {
  zone: { root: "zone", translation: "zoneTranslation", ownerKey: "zoneId" },
  layout: { root: "layoutElement", translation: "layoutElementTranslation", ownerKey: "elementId" },
  policy: { root: "policy", translation: "policyTranslation", ownerKey: "policyId" },
  "policy-section": {
    root: "policy",
    translation: "policySectionTranslation",
    ownerKey: "sectionId",
    part: "policySection",
  },
  "policy-article": {
    root: "policy",
    translation: "policyArticleTranslation",
    ownerKey: "articleId",
    part: "policyArticle",
  },
  news: { root: "newsArticle", translation: "newsTranslation", ownerKey: "articleId" },
  figure: { root: "keyFigure", translation: "keyFigureTranslation", ownerKey: "figureId" },
  glossary: { root: "glossaryTerm", translation: "glossaryTermTranslation", ownerKey: "termId" },
  question: { root: "question", translation: "questionTranslation", ownerKey: "questionId" },
};

interface Found {
  root: { id: string; version: number; originalLocale: ContentLocale };
  ownerId: string;
  rows: (Record<string, unknown> & {
    id: string;
    locale: ContentLocale;
    revision: number;
    sourceRevision: number | null;
  })[];
}

async function locate(tx: Tx, type: ContentType, key: string): Promise<Found | null> {
  const s = storage[type];
  const [slug, anchor] = key.split("~") as [string, string | undefined];
  const root = (await model(tx, s.root).findUnique({
    where: { slug },
    select: { id: true, version: true, originalLocale: true },
  })) as Found["root"] | null;
  if (!root) return null;
  let ownerId = root.id;
  if (s.part) {
    const part = await model(tx, s.part).findFirst({ where: { policyId: root.id, anchor }, select: { id: true } });
    if (!part) return null;
    ownerId = part.id as string;
  }
  const rows =
    (await (model(tx, s.translation) as unknown as { findMany(a: object): Promise<Found["rows"]> }).findMany({
      where: { [s.ownerKey]: ownerId },
    })) ?? [];
  return { root, ownerId, rows };
}

async function audit(tx: Tx, step: string, target: string, details: object) {
  await tx.auditLog.create({
    data: { userId: null, action: "content.migrate", target, details: { step, ...details } },
  });
}

/** Bumps the item's version (every write to an item does, so an editor's open form sees it as stale). */
async function bump(tx: Tx, rootModel: string, root: Found["root"]): Promise<number> {
  await model(tx, rootModel).update({ where: { id: root.id }, data: { version: { increment: 1 } } });
  return root.version + 1;
}

/** One translation: the three-way rule, and the write of a new revision. */
async function migrateText(
  db: Db,
  step: Step,
  t: Step["texts"][number],
  after: Values | undefined,
  report: StepReport,
  /** "<type> <key>" → the original's revision before this run corrected it. */
  originalBefore: Map<string, number>,
) {
  const label = `${t.type}:${t.key} ${t.locale}`;
  if (!after) return; // no longer in the content: a later step handles it
  await db.$transaction(async (tx) => {
    const found = await locate(tx, t.type, t.key);
    const row = found?.rows.find((r) => r.locale === t.locale);
    if (!found || !row) {
      report.missing.push(label);
      return;
    }
    const fields = Object.keys(t.before);
    // A draft waiting to be published (issue 13's editorial model) is an editor's work in progress: the
    // live text is not corrected under it, and the item is reported like any other edit.
    if (row.draft != null || row.draftRevision != null) {
      report.kept.push(`${label} (unpublished draft)`);
      return;
    }
    if (fields.every((f) => same(row[f] as Value, after[f]))) {
      report.current++;
      return;
    }
    const edited = fields.filter((f) => !same(row[f] as Value, t.before[f]) && !same(row[f] as Value, after[f]));
    if (edited.length) {
      report.kept.push(`${label} (${edited.join(", ")})`);
      return;
    }
    const s = storage[t.type];
    const entityType = `${t.type}-translation`;
    const all = pick(t.type, row);
    // The seeded text has no Revision yet: keep it as the baseline, as an admin's first save does.
    if (!(await tx.revision.findFirst({ where: { entityType, entityId: row.id }, select: { id: true } })))
      await tx.revision.create({
        data: {
          entityType,
          entityId: row.id,
          locale: t.locale,
          version: found.root.version,
          data: { key: t.key, ...all, revision: row.revision, sourceRevision: row.sourceRevision, baseline: true },
          userId: null,
          createdAt: new Date(Date.now() - 1),
        },
      });
    const version = await bump(tx, s.root, found.root);
    const original = found.rows.find((r) => r.locale === found.root.originalLocale);
    const isOriginal = t.locale === found.root.originalLocale;
    // A translation that was up to date with its original stays so (the original may have been corrected
    // a moment ago in this run); one that was already behind stays behind.
    const item = `${t.type} ${t.key}`;
    const upToDate =
      !isOriginal && !!original && (row.sourceRevision ?? 0) >= (originalBefore.get(item) ?? original.revision);
    if (isOriginal) originalBefore.set(item, row.revision);
    const values = Object.fromEntries(fields.map((f) => [f, after[f]!]));
    const saved = (await model(tx, s.translation).update({
      where: { id: row.id },
      // Published at once (the step is an editorial decision taken in review 1), dated now; a translation
      // kept up to date names the corrected original's revision and date, so no "original updated" notice.
      data: {
        ...values,
        revision: { increment: 1 },
        revisionAt: new Date(),
        ...(upToDate
          ? {
              sourceRevision: original!.revision,
              sourceRevisionAt: (original!.revisionAt as Date | undefined) ?? new Date(),
            }
          : {}),
      },
      select: { revision: true, sourceRevision: true },
    })) as { revision: number; sourceRevision: number | null };
    await tx.revision.create({
      data: {
        entityType,
        entityId: row.id,
        locale: t.locale,
        version,
        data: { key: t.key, ...all, ...values, revision: saved.revision, sourceRevision: saved.sourceRevision },
        userId: null,
      },
    });
    await audit(tx, step.id, `${t.type}:${t.key}`, { locale: t.locale, version, revision: saved.revision, fields });
    report.changed.push(label);
  });
}

/** Runs one step on the database; returns its report (also stored in ContentMigration). */
export async function runStep(db: Db, step: Step, content: Content = loadContent()): Promise<StepReport> {
  const report: StepReport = { step: step.id, changed: [], current: 0, kept: [], missing: [] };
  const now = new Map(textRecords(content).map((r) => [`${r.type} ${r.key} ${r.locale}`, r.values]));
  // Originals first, so that a translation corrected in the same run records the corrected original.
  const originalOf = new Map<string, ContentLocale>();
  for (const z of [...content.zones, ...content.layout, ...content.figures, ...content.glossary, ...content.news])
    originalOf.set(z.slug, z.originalLocale);
  for (const p of content.policies) originalOf.set(p.meta.slug, p.meta.originalLocale);
  const isOriginal = (t: Step["texts"][number]) => originalOf.get(t.key.split("~")[0]!) === t.locale;
  const ordered = [...step.texts.filter(isOriginal), ...step.texts.filter((t) => !isOriginal(t))];
  const originalBefore = new Map<string, number>();
  for (const t of ordered)
    await migrateText(db, step, t, now.get(`${t.type} ${t.key} ${t.locale}`), report, originalBefore);

  for (const a of step.articles) {
    const after = content.policies
      .find((p) => p.meta.slug === a.policy)
      ?.meta.articles.find((x) => x.number === a.number);
    if (!after) continue;
    const label = `policy-article:${a.policy}~article-${a.number} (incentive flag, industries)`;
    await db.$transaction(async (tx) => {
      const row = await tx.policyArticle.findFirst({
        where: { policy: { slug: a.policy }, number: a.number },
        include: { policy: { select: { id: true, version: true, originalLocale: true } } },
      });
      if (!row) return void report.missing.push(label);
      const cur = { grants: row.grants, industries: row.industries };
      const want = { grants: after.grants, industries: after.industries };
      if (same(JSON.stringify(cur), JSON.stringify(want))) return void report.current++;
      if (!same(JSON.stringify(cur), JSON.stringify(a.before))) return void report.kept.push(label);
      const version = await bump(tx, "policy", row.policy as Found["root"]);
      await tx.policyArticle.update({ where: { id: row.id }, data: want });
      await audit(tx, step.id, `policy:${a.policy}`, { article: a.number, version, from: cur, to: want });
      report.changed.push(label);
    });
  }

  for (const e of step.layoutParents) {
    const after = content.layout.find((x) => x.slug === e.slug);
    if (!after) continue;
    const label = `layout:${e.slug} (parent)`;
    await db.$transaction(async (tx) => {
      const row = await tx.layoutElement.findUnique({
        where: { slug: e.slug },
        include: { parent: { select: { slug: true } } },
      });
      if (!row) return void report.missing.push(label);
      const cur = row.parent?.slug ?? null;
      if (cur === after.parent) return void report.current++;
      if (cur !== e.before) return void report.kept.push(label);
      const parentId = after.parent
        ? (await tx.layoutElement.findUniqueOrThrow({ where: { slug: after.parent }, select: { id: true } })).id
        : null;
      const version = await bump(tx, "layoutElement", row as unknown as Found["root"]);
      await tx.layoutElement.update({ where: { id: row.id }, data: { parentId } });
      await audit(tx, step.id, `layout:${e.slug}`, { version, parent: { from: cur, to: after.parent } });
      report.changed.push(label);
    });
  }

  for (const e of step.removedLayout) {
    const label = `layout:${e.slug} (dropped from the layout: unpublished)`;
    await db.$transaction(async (tx) => {
      const found = await locate(tx, "layout", e.slug);
      if (!found) return void report.missing.push(label);
      const row = await tx.layoutElement.findUniqueOrThrow({ where: { id: found.root.id }, select: { status: true } });
      if (row.status === "draft") return void report.current++;
      const edited = found.rows.some(
        (r) => !same(JSON.stringify(pick("layout", r)), JSON.stringify(e.translations[r.locale] ?? {})),
      );
      if (edited) return void report.kept.push(label);
      const version = await bump(tx, "layoutElement", found.root);
      await tx.layoutElement.update({ where: { id: found.root.id }, data: { status: "draft" } });
      await audit(tx, step.id, `layout:${e.slug}`, { version, status: { from: "published", to: "draft" } });
      report.changed.push(label);
    });
  }

  await db.contentMigration.create({ data: { id: step.id, report: report as unknown as object } });
  return report;
}

/** One line per step for the start-up log; editors' changes that were kept are named. */
export function describeReport(r: StepReport): string[] {
  const lines = [
    `content: ${r.step}: ${r.changed.length} corrected as new revisions, ${r.current} already current, ${r.kept.length} kept because an editor changed them since${r.missing.length ? `, ${r.missing.length} no longer in the database` : ""}`,
  ];
  for (const k of r.kept) lines.push(`content: ${r.step}: kept (edited since the seed, not overwritten): ${k}`);
  return lines;
}

/**
 * Runs every step this database has not run yet. On a database the seed has just filled (`fresh`), the
 * content is already the corrected one: the steps are recorded without touching anything.
 */
export async function runContentMigrations(
  db: Db,
  opts: { fresh?: boolean; log?: (line: string) => void; steps?: Step[]; content?: Content } = {},
): Promise<StepReport[]> {
  const log = opts.log ?? console.log;
  const done = new Set((await db.contentMigration.findMany({ select: { id: true } })).map((m) => m.id));
  const reports: StepReport[] = [];
  for (const step of opts.steps ?? loadSteps()) {
    if (done.has(step.id)) continue;
    if (opts.fresh) {
      await db.contentMigration.create({ data: { id: step.id, report: { step: step.id, fresh: true } } });
      continue;
    }
    const report = await runStep(db, step, opts.content);
    for (const line of describeReport(report)) log(line);
    reports.push(report);
  }
  return reports;
}

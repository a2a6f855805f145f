// Loads content/ into the database, idempotently by stable slug.
//
// An item that already exists is left as it is (an admin may have edited it since), so running the seed
// again changes nothing. Each new item is written in one transaction: it is there whole or not at all.
// Run by `npm start` (lib/database-setup.ts) and by `npm run db:seed` (prisma/seed.ts, the command-line
// entry). No server-only imports: it runs under plain tsx.
import type { Prisma } from "../generated/prisma/client";
import type { Db } from "../prisma-client";
import { checkReferences, loadContent, type Content } from "./load";
import { locales, type ContentLocale } from "./schema";

const date = (s: string | null) => (s === null ? null : new Date(`${s}T00:00:00Z`));

/** The translation rows for a record: all published; non-original ones record the source revision. */
function rows<T extends object>(original: ContentLocale, byLocale: Record<ContentLocale, T>) {
  return locales.map((locale) => ({
    locale,
    ...byLocale[locale],
    revision: 1,
    sourceRevision: locale === original ? null : 1,
  }));
}

interface Tally {
  created: number;
  existing: number;
}

async function each<T>(
  label: string,
  items: T[],
  exists: (item: T) => Promise<boolean>,
  create: (item: T) => Promise<void>,
  log: (line: string) => void,
): Promise<Tally> {
  const tally = { created: 0, existing: 0 };
  for (const item of items) {
    if (await exists(item)) tally.existing++;
    else {
      await create(item);
      tally.created++;
    }
  }
  log(`seed: ${label.padEnd(10)} ${tally.created} created, ${tally.existing} already present`);
  return tally;
}

/**
 * Interactive transactions default to a 5 s limit; a policy with all its articles in three languages can
 * take longer on a loaded machine (several test files seed at once), so the seed allows more.
 */
const SEED_TX = { timeout: 60_000, maxWait: 30_000 };

export async function seed(db: Db, content: Content = loadContent(), log: (l: string) => void = console.log) {
  const problems = checkReferences(content);
  if (problems.length) throw new Error(`content/ has broken references:\n  ${problems.join("\n  ")}`);

  const published = { status: "published" as const, publishedAt: new Date("2020-01-01T00:00:00Z") };
  const zoneId = async (tx: Prisma.TransactionClient, slug: string) =>
    (await tx.zone.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  const connectZones = (slugs: string[]) => ({ connect: slugs.map((slug) => ({ slug })) });

  const result: Record<string, Tally> = {};

  // Zones first (their fact sources are linked once news and policies exist).
  result.zones = await each(
    "zones",
    content.zones,
    async (z) => (await db.zone.count({ where: { slug: z.slug } })) > 0,
    async (z) => {
      await db.zone.create({
        data: {
          slug: z.slug,
          kind: z.kind,
          status: "published",
          originalLocale: z.originalLocale,
          sortOrder: z.sortOrder,
          areaNearKm2: z.areaNearKm2,
          areaTotalKm2: z.areaTotalKm2,
          approvedOn: date(z.approvedOn),
          establishedOn: date(z.establishedOn),
          translations: {
            create: rows(z.originalLocale, z.translations).map((t) => ({ ...t, ...published })),
          },
        },
      });
    },
    log,
  );

  result.news = await each(
    "news",
    content.news,
    async (n) => (await db.newsArticle.count({ where: { slug: n.slug } })) > 0,
    async (n) => {
      await db.newsArticle.create({
        data: {
          slug: n.slug,
          kind: n.kind,
          status: "published",
          originalLocale: n.originalLocale,
          publishedOn: date(n.publishedOn),
          sourceUrl: n.sourceUrl,
          tags: n.tags,
          zones: connectZones(n.zones),
          translations: {
            create: rows(n.originalLocale, n.translations).map((t) => ({ ...t, ...published })),
          },
        },
      });
    },
    log,
  );

  result.policies = await each(
    "policies",
    content.policies,
    async (p) => (await db.policy.count({ where: { slug: p.meta.slug } })) > 0,
    async ({ meta, text }) => {
      await db.$transaction(async (tx) => {
        const policy = await tx.policy.create({
          data: {
            slug: meta.slug,
            status: "published",
            originalLocale: meta.originalLocale,
            documentNumber: meta.documentNumber,
            issuedOn: date(meta.issuedOn)!,
            effectiveFrom: date(meta.effectiveFrom),
            validUntil: date(meta.validUntil),
            validity: meta.validity,
            topics: meta.topics,
            zones: connectZones(meta.zones),
            translations: {
              create: locales.map((locale) => ({
                locale,
                title: text[locale].title,
                issuer: text[locale].issuer,
                summary: text[locale].summary,
                preamble: text[locale].preamble,
                revision: 1,
                sourceRevision: locale === meta.originalLocale ? null : 1,
                ...published,
              })),
            },
          },
        });
        const sectionIds = new Map<number, string>();
        for (const [i, s] of meta.sections.entries()) {
          const section = await tx.policySection.create({
            data: {
              policyId: policy.id,
              number: s.number,
              anchor: `section-${s.number}`,
              sortOrder: i,
              translations: {
                create: locales.map((locale) => ({
                  locale,
                  heading: text[locale].sections.find((x) => x.number === s.number)!.heading,
                  sourceRevision: locale === meta.originalLocale ? null : 1,
                })),
              },
            },
          });
          sectionIds.set(s.number, section.id);
        }
        for (const [i, a] of meta.articles.entries()) {
          await tx.policyArticle.create({
            data: {
              policyId: policy.id,
              sectionId: sectionIds.get(a.section)!,
              number: a.number,
              anchor: `article-${a.number}`,
              sortOrder: i,
              grants: a.grants,
              topics: a.topics,
              industries: a.industries,
              zoneSlugs: a.zones,
              translations: {
                create: locales.map((locale) => {
                  const t = text[locale].articles.find((x) => x.number === a.number)!;
                  return {
                    locale,
                    heading: t.heading,
                    body: t.body,
                    sourceRevision: locale === meta.originalLocale ? null : 1,
                  };
                }),
              },
            },
          });
        }
      }, SEED_TX);
    },
    log,
  );

  // Now that sources exist: link zones to their fact source and to each other. A zone with no source
  // yet is one this run created (or one an interrupted run left half-linked).
  for (const z of content.zones) {
    await db.$transaction(async (tx) => {
      const row = await tx.zone.findUniqueOrThrow({ where: { slug: z.slug } });
      if (row.sourceNewsId !== null || row.sourcePolicyId !== null) return;
      const src =
        z.source.type === "news"
          ? { sourceNewsId: (await tx.newsArticle.findUniqueOrThrow({ where: { slug: z.source.slug } })).id }
          : { sourcePolicyId: (await tx.policy.findUniqueOrThrow({ where: { slug: z.source.slug } })).id };
      await tx.zone.update({ where: { id: row.id }, data: src });
      const relations = [];
      for (const r of z.relations)
        relations.push({ fromZoneId: row.id, toZoneId: await zoneId(tx, r.to), kind: r.kind });
      await tx.zoneRelation.createMany({ data: relations, skipDuplicates: true });
    }, SEED_TX);
  }

  result.layout = await each(
    "layout",
    // Parents before children.
    [...content.layout].sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null)),
    async (e) => (await db.layoutElement.count({ where: { slug: e.slug } })) > 0,
    async (e) => {
      await db.$transaction(async (tx) => {
        await tx.layoutElement.create({
          data: {
            slug: e.slug,
            kind: e.kind,
            status: "published",
            originalLocale: e.originalLocale,
            zoneId: await zoneId(tx, e.zone),
            linkedZoneId: e.linkedZone ? await zoneId(tx, e.linkedZone) : null,
            parentId: e.parent ? (await tx.layoutElement.findUniqueOrThrow({ where: { slug: e.parent } })).id : null,
            posX: e.posX,
            posY: e.posY,
            sortOrder: e.sortOrder,
            sourceNewsId: (await tx.newsArticle.findUniqueOrThrow({ where: { slug: e.sourceNews } })).id,
            translations: {
              create: rows(e.originalLocale, e.translations).map((t) => ({ ...t, ...published })),
            },
          },
        });
      }, SEED_TX);
    },
    log,
  );

  result.figures = await each(
    "figures",
    content.figures,
    async (f) => (await db.keyFigure.count({ where: { slug: f.slug } })) > 0,
    async (f) => {
      await db.$transaction(async (tx) => {
        await tx.keyFigure.create({
          data: {
            slug: f.slug,
            status: "published",
            originalLocale: f.originalLocale,
            zoneId: f.zone ? await zoneId(tx, f.zone) : null,
            value: f.value,
            unit: f.unit,
            asOf: date(f.asOf),
            sortOrder: f.sortOrder,
            ...(f.source.type === "news"
              ? { sourceNewsId: (await tx.newsArticle.findUniqueOrThrow({ where: { slug: f.source.slug } })).id }
              : { sourcePolicyId: (await tx.policy.findUniqueOrThrow({ where: { slug: f.source.slug } })).id }),
            translations: {
              create: rows(f.originalLocale, f.translations).map((t) => ({ ...t, status: "published" as const })),
            },
          },
        });
      }, SEED_TX);
    },
    log,
  );

  result.glossary = await each(
    "glossary",
    content.glossary,
    async (g) => (await db.glossaryTerm.count({ where: { slug: g.slug } })) > 0,
    async (g) => {
      await db.glossaryTerm.create({
        data: {
          slug: g.slug,
          status: "published",
          originalLocale: g.originalLocale,
          translations: { create: rows(g.originalLocale, g.translations) },
        },
      });
    },
    log,
  );

  return result;
}

/**
 * The first admin, from ADMIN_EMAIL / ADMIN_PASSWORD (validated by lib/env.ts): created with role admin
 * when no user with that email exists, otherwise left alone (its password and role are never reset).
 * Separate from `seed` so content runs and their counts stay as they are. Returns what happened.
 */
export async function ensureAdmin(
  db: Db,
  env: { ADMIN_EMAIL?: string; ADMIN_PASSWORD?: string },
  log: (l: string) => void = console.log,
): Promise<"created" | "exists" | "skipped"> {
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return "skipped";
  const { createUserWithPassword } = await import("../auth/users");
  const r = await createUserWithPassword(db, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, role: "admin" });
  log(`seed: admin      ${env.ADMIN_EMAIL} ${r.created ? "created" : "already present"}`);
  return r.created ? "created" : "exists";
}

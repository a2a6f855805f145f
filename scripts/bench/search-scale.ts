// Search as the content grows: the data layer's search (lib/data/search.ts, uncached: every call goes to
// PostgreSQL) timed over 200 distinct queries with the seed content plus 1,000 and then 10,000 generated
// news articles per locale, printed side by side. Prints figures only; it asserts nothing.
//
// Usage:  TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:search
// It creates its own database on that server, and drops it at the end (the generated documents go with it).
//
// The generated articles are made of the content's own words (glossary terms and definitions in each
// language, shuffled), so the queries — the glossary's terms — find many of them, as on a large real site.
import { register } from "node:module";
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { failer, type Fail } from "./common";
import { root } from "../lib";

const fail: Fail = failer("bench:search");
const server = process.env.TEST_DATABASE_URL;
if (!server) fail("set TEST_DATABASE_URL to a PostgreSQL server where a database may be created and dropped");

// Outside Next.js the data layer's cacheTag/cacheLife are no-ops (as in vitest): resolve next/cache to the
// tests' stand-in, so the functions run and every call reaches the database.
register("./next-cache-hook.mjs", import.meta.url);

const { freshDatabase } = await import("../../tests/support/db");
const { migrateAndSeed } = await import("../../lib/database-setup");
const database = await freshDatabase("bench_search");
try {
  process.env.DATABASE_URL = database.url;
  await migrateAndSeed(database.url, { quiet: true });
  const { searchContent } = await import("../../lib/data/search");

  const glossary = JSON.parse(fs.readFileSync(path.join(root, "content", "glossary.json"), "utf8")) as {
    translations: Record<"zh" | "ko" | "en", { term: string; definition: string }>;
  }[];
  const locales = ["zh", "ko", "en"] as const;
  const term = (t: string) => t.replace(/\s*[(（].*$/, "").trim();
  const queries = glossary
    .flatMap((g) => locales.map((l) => ({ locale: l, q: term(g.translations[l].term) })))
    .slice(0, 200);

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  let made = 0;
  /** Adds generated, published articles (each with a text in every locale) until there are `total` per locale. */
  async function grow(total: number) {
    const pick = <T>(a: T[]) => a[crypto.randomInt(a.length)]!;
    while (made < total) {
      const batch = Math.min(500, total - made);
      const articles: unknown[] = [];
      const texts: unknown[] = [];
      for (let i = 0; i < batch; i++) {
        const id = `bench${crypto.randomBytes(8).toString("hex")}`;
        articles.push(id, `bench-${made + i}-${id.slice(5, 11)}`);
        for (const l of locales) {
          const words = Array.from({ length: 6 }, () => pick(glossary).translations[l]);
          texts.push(
            `${id}${l}`,
            id,
            l,
            words
              .slice(0, 2)
              .map((w) => term(w.term))
              .join(" · "),
            words[2]!.definition,
            words.map((w) => w.definition).join("\n\n"),
          );
        }
      }
      const a = Array.from(
        { length: batch },
        (_, i) => `($${2 * i + 1}, $${2 * i + 2}, 'news', 'published', 'zh', now(), now())`,
      ).join(",");
      await client.query(
        `INSERT INTO "NewsArticle" (id, slug, kind, status, "originalLocale", "publishedOn", "updatedAt") VALUES ${a}`,
        articles,
      );
      const t = Array.from(
        { length: batch * 3 },
        (_, i) =>
          `($${6 * i + 1}, $${6 * i + 2}, $${6 * i + 3}::"Locale", 'published', $${6 * i + 4}, $${6 * i + 5}, $${6 * i + 6}, 'bench', now())`,
      ).join(",");
      await client.query(
        `INSERT INTO "NewsTranslation" (id, "articleId", locale, status, title, summary, body, "sourceName", "updatedAt") VALUES ${t}`,
        texts,
      );
      made += batch;
    }
    await client.query("ANALYZE");
  }

  async function timeQueries(): Promise<{ p50: number; p95: number; max: number; hits: number }> {
    for (const { locale, q } of queries.slice(0, 20)) await searchContent(locale, q); // warm the connection pool and plans
    const ms: number[] = [];
    let hits = 0;
    for (const { locale, q } of queries) {
      const t = performance.now();
      const r = await searchContent(locale, q);
      ms.push(performance.now() - t);
      if (r.ok) hits += r.total;
    }
    ms.sort((x, y) => x - y);
    const at = (p: number) => ms[Math.min(ms.length - 1, Math.ceil((p / 100) * ms.length) - 1)]!;
    return { p50: at(50), p95: at(95), max: ms.at(-1)!, hits };
  }

  const rows: [string, Awaited<ReturnType<typeof timeQueries>>][] = [];
  rows.push(["seed only", await timeQueries()]);
  for (const size of [1_000, 10_000]) {
    await grow(size);
    rows.push([`+${size.toLocaleString("en")} per locale`, await timeQueries()]);
    console.log(`  measured with ${size.toLocaleString("en")} generated articles per locale`);
  }
  await client.end();
  console.log(
    `\nsearch at the data layer: ${queries.length} distinct queries (glossary terms, zh/ko/en), uncached, PostgreSQL ${new URL(server!).host}`,
  );
  console.log("content                     p50 ms   p95 ms   max ms   results (sum)");
  for (const [name, r] of rows)
    console.log(
      `${name.padEnd(26)} ${r.p50.toFixed(1).padStart(7)}  ${r.p95.toFixed(1).padStart(7)}  ${r.max.toFixed(1).padStart(7)}   ${r.hits}`,
    );
} finally {
  await database.drop();
}
process.exit(0);

// Search as the content grows: the data layer's search (lib/data/search.ts, uncached: every call goes to
// PostgreSQL) timed over every distinct query drawn from the content (the glossary's terms and the words of
// news, zone and policy titles: over 100 per locale) with the seed content plus 1,000 and then 10,000
// generated news articles per locale, printed side by side per locale with the load average. Prints
// figures only; it asserts nothing.
//
// Usage:  TEST_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:search
// It creates its own database on that server, and drops it at the end (the generated documents go with it);
// with --keep it leaves it (and prints its URL) for EXPLAIN ANALYZE of the slowest queries it lists.
//
// The generated articles are made of the content's own words (glossary terms and definitions in each
// language, shuffled), so the queries — the glossary's terms — find many of them, as on a large real site.
import { register } from "node:module";
import os from "node:os";
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";
import { failer, type Fail } from "./common";
import { root } from "../lib";

const fail: Fail = failer("bench:search");
const server = process.env.TEST_DATABASE_URL;
const keep = process.argv.includes("--keep");
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
  type L = (typeof locales)[number];
  const term = (t: string) => t.replace(/\s*[(（].*$/, "").trim();
  // The queries: each glossary term, and the words of the content's titles (Chinese titles, which have no
  // spaces, in pieces of two and three characters), per locale, distinct.
  const titles: Record<L, string[]> = { zh: [], ko: [], en: [] };
  const titled = (t: Partial<Record<L, { title?: string; name?: string }>>) => {
    for (const l of locales) {
      const text = t[l]?.title ?? t[l]?.name;
      if (text) titles[l].push(text);
    }
  };
  for (const f of fs.readdirSync(path.join(root, "content", "news")))
    titled(JSON.parse(fs.readFileSync(path.join(root, "content", "news", f), "utf8")).translations);
  for (const z of JSON.parse(fs.readFileSync(path.join(root, "content", "zones.json"), "utf8")) as {
    translations: Record<L, { name: string }>;
  }[])
    titled(z.translations);
  const words = (l: L, text: string) =>
    l === "zh"
      ? [...text.replace(/[^\p{Script=Han}]+/gu, "")]
          .flatMap((_, i, c) => [c.slice(i, i + 2), c.slice(i, i + 3)])
          .filter((w, i) => w.length >= 2 && i % 3 === 0)
          .map((w) => w.join(""))
      : text.split(/[\s·,:;()“”"'‘’]+/u).filter((w) => [...w].length >= 3);
  const seen = new Set<string>();
  const queries: { locale: L; q: string }[] = [];
  const add = (locale: L, q: string) => {
    if (!q || seen.has(`${locale}:${q.toLowerCase()}`)) return;
    seen.add(`${locale}:${q.toLowerCase()}`);
    queries.push({ locale, q });
  };
  for (const g of glossary) for (const l of locales) add(l, term(g.translations[l].term));
  for (const l of locales) for (const t of titles[l]) for (const w of words(l, t)) add(l, w);
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

  type Figures = { n: number; p50: number; p95: number; more: number; hits: number };
  /** Figures per locale and for all, and the five slowest queries of all. */
  async function timeQueries(): Promise<Record<L | "all", Figures> & { slowest: string[] }> {
    for (const { locale, q } of queries.slice(0, 20)) await searchContent(locale, q); // warm the connection pool and plans
    const ms: Record<L | "all", number[]> = { zh: [], ko: [], en: [], all: [] };
    const more: Record<L | "all", number> = { zh: 0, ko: 0, en: 0, all: 0 };
    const hits: Record<L | "all", number> = { zh: 0, ko: 0, en: 0, all: 0 };
    const timed: { took: number; label: string }[] = [];
    for (const { locale, q } of queries) {
      const t = performance.now();
      const r = await searchContent(locale, q);
      const took = performance.now() - t;
      timed.push({ took, label: `${locale}:${q} ${took.toFixed(0)} ms` });
      for (const k of [locale, "all"] as const) {
        ms[k].push(took);
        if (r.ok) {
          hits[k] += r.total;
          if (r.more) more[k] += 1;
        }
      }
    }
    const figures = (k: L | "all"): Figures => {
      const sorted = ms[k].sort((x, y) => x - y);
      const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
      return { n: sorted.length, p50: at(50), p95: at(95), more: more[k], hits: hits[k] };
    };
    const slowest = timed
      .sort((x, y) => y.took - x.took)
      .slice(0, 5)
      .map((x) => x.label);
    return { zh: figures("zh"), ko: figures("ko"), en: figures("en"), all: figures("all"), slowest };
  }

  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(" ");
  const rows: [string, Awaited<ReturnType<typeof timeQueries>>, string][] = [];
  console.log(`  ${queries.length} distinct queries; load average ${load()}`);
  rows.push(["seed only", await timeQueries(), load()]);
  for (const size of [1_000, 10_000]) {
    const t = performance.now();
    await grow(size);
    console.log(
      `  ${size.toLocaleString("en")} generated articles per locale (made in ${((performance.now() - t) / 1000).toFixed(0)} s)`,
    );
    rows.push([`+${size.toLocaleString("en")} per locale`, await timeQueries(), load()]);
  }
  await client.end();
  const cols = ["zh", "ko", "en", "all"] as const;
  console.log(
    `\nsearch at the data layer, uncached, PostgreSQL ${new URL(server!).host}; ms per query, p50 / p95` +
      ` (n = ${cols.map((c) => `${c} ${rows[0]![1][c].n}`).join(", ")})`,
  );
  console.log(`${"content".padEnd(20)}${cols.map((c) => c.padStart(16)).join("")}   capped   results   load average`);
  for (const [name, r, avg] of rows)
    console.log(
      `${name.padEnd(20)}${cols.map((c) => `${r[c].p50.toFixed(1)} / ${r[c].p95.toFixed(1)}`.padStart(16)).join("")}` +
        `${String(r.all.more).padStart(9)}${String(r.all.hits).padStart(10)}   ${avg}`,
    );
  console.log("capped: queries where a type reached its candidate cap (the page says 'more than N results')");
  for (const [name, r] of rows) console.log(`slowest, ${name}: ${r.slowest.join(", ")}`);
} finally {
  if (keep) console.log(`kept the database: ${database.url}`);
  else await database.drop();
}
process.exit(0);

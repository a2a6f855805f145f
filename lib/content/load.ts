// Reads content/ and validates every file with zod. Used by the seed and by the content tests; nothing
// at run time reads ../shared.
import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import {
  figuresFileSchema,
  glossaryFileSchema,
  lintExceptionsFileSchema,
  layoutFileSchema,
  newsSchema,
  policyMetaSchema,
  policyTextSchema,
  zonesFileSchema,
  locales,
  type ContentLocale,
  type PolicyMeta,
  type PolicyText,
} from "./schema";

export const contentDir = path.resolve(import.meta.dirname, "../../content");

function readJson<T extends z.ZodType>(file: string, schema: T, dir = contentDir): z.infer<T> {
  const full = path.join(dir, file);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(full, "utf8"));
  } catch (e) {
    throw new Error(`content/${file}: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 10).map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`content/${file} is invalid:\n${issues.join("\n")}`);
  }
  return parsed.data;
}

export interface PolicyContent {
  meta: PolicyMeta;
  text: Record<ContentLocale, PolicyText>;
}

function loadPolicy(slug: string, root: string): PolicyContent {
  const dir = `policies/${slug}`;
  const meta = readJson(`${dir}/meta.json`, policyMetaSchema, root);
  if (meta.slug !== slug) throw new Error(`content/${dir}/meta.json: slug must be "${slug}"`);
  const text = Object.fromEntries(
    locales.map((l) => [l, readJson(`${dir}/${l}.json`, policyTextSchema, root)]),
  ) as Record<ContentLocale, PolicyText>;
  // Every locale must carry exactly the sections and articles the metadata lists.
  const want = (xs: { number: number }[]) => xs.map((x) => x.number).join(",");
  for (const l of locales) {
    if (want(text[l].sections) !== want(meta.sections))
      throw new Error(`content/${dir}/${l}.json: sections differ from meta.json`);
    if (want(text[l].articles) !== want(meta.articles))
      throw new Error(`content/${dir}/${l}.json: articles differ from meta.json`);
  }
  return { meta, text };
}

/** The content of `dir` (default content/; the content-migration tests load an older copy). */
export function loadContent(dir: string = contentDir) {
  const newsFiles = fs
    .readdirSync(path.join(dir, "news"))
    .filter((f) => f.endsWith(".json"))
    .sort();
  const news = newsFiles.map((f) => {
    const n = readJson(`news/${f}`, newsSchema, dir);
    if (`${n.slug}.json` !== f) throw new Error(`content/news/${f}: slug must match the file name`);
    return n;
  });
  const policies = fs
    .readdirSync(path.join(dir, "policies"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => loadPolicy(d.name, dir));
  return {
    zones: readJson("zones.json", zonesFileSchema, dir),
    layout: readJson("layout.json", layoutFileSchema, dir),
    figures: readJson("figures.json", figuresFileSchema, dir),
    glossary: readJson("glossary.json", glossaryFileSchema, dir),
    lintExceptions: fs.existsSync(path.join(dir, "lint-exceptions.json"))
      ? readJson("lint-exceptions.json", lintExceptionsFileSchema, dir)
      : [],
    news,
    policies,
  };
}

export type Content = ReturnType<typeof loadContent>;

/** Every slug a record points at must exist; returns the list of problems (empty when consistent). */
export function checkReferences(c: Content): string[] {
  const problems: string[] = [];
  const zoneSlugs = new Set(c.zones.map((z) => z.slug));
  const newsSlugs = new Set(c.news.map((n) => n.slug));
  const policySlugs = new Set(c.policies.map((p) => p.meta.slug));
  const layoutSlugs = new Set(c.layout.map((e) => e.slug));
  const source = (where: string, s: { type: "news" | "policy"; slug: string }) => {
    if (!(s.type === "news" ? newsSlugs : policySlugs).has(s.slug))
      problems.push(`${where}: unknown ${s.type} "${s.slug}"`);
  };
  const zone = (where: string, slug: string | null) => {
    if (slug !== null && !zoneSlugs.has(slug)) problems.push(`${where}: unknown zone "${slug}"`);
  };
  const unique = (kind: string, slugs: string[]) => {
    const seen = new Set<string>();
    for (const s of slugs) {
      if (seen.has(s)) problems.push(`${kind}: duplicate slug "${s}"`);
      seen.add(s);
    }
  };
  unique(
    "zones",
    c.zones.map((z) => z.slug),
  );
  unique(
    "layout",
    c.layout.map((e) => e.slug),
  );
  unique(
    "figures",
    c.figures.map((f) => f.slug),
  );
  unique(
    "glossary",
    c.glossary.map((g) => g.slug),
  );
  for (const z of c.zones) {
    source(`zone ${z.slug}`, z.source);
    for (const r of z.relations) zone(`zone ${z.slug} relation`, r.to);
  }
  for (const e of c.layout) {
    zone(`layout ${e.slug}`, e.zone);
    zone(`layout ${e.slug} linkedZone`, e.linkedZone);
    if (e.parent !== null && !layoutSlugs.has(e.parent))
      problems.push(`layout ${e.slug}: unknown parent "${e.parent}"`);
    if (!newsSlugs.has(e.sourceNews)) problems.push(`layout ${e.slug}: unknown news "${e.sourceNews}"`);
  }
  for (const f of c.figures) {
    zone(`figure ${f.slug}`, f.zone);
    source(`figure ${f.slug}`, f.source);
  }
  for (const n of c.news) for (const z of n.zones) zone(`news ${n.slug}`, z);
  for (const p of c.policies) {
    for (const z of p.meta.zones) zone(`policy ${p.meta.slug}`, z);
    for (const a of p.meta.articles) for (const z of a.zones) zone(`policy ${p.meta.slug} article ${a.number}`, z);
  }
  return problems;
}

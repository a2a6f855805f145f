// Site search over every published text: zones, policies and their numbered articles, news, layout
// elements, key figures, public Q&As and the glossary. A term that is one of the glossary's renderings also
// matches its renderings in the other languages (searching 重离子医院 finds 중입자 치료 병원 and "heavy ion
// hospital"), so a reader finds an item whichever language's name they know. Chinese and Korean have no
// spaces between words, so matching is case-insensitive substring matching rather than word-based
// full-text search. It runs on the search documents of the migration `search_documents` (one per
// translation, kept by triggers): a GIN index of each document's character pairs, keyed by type and
// language, finds the documents that hold every pair of a term — of any length — and a substring test on
// the lower-cased text confirms them. Only a bounded number of candidates per type is read and ranked
// (those whose title shows a term first; CANDIDATES), so a query costs about the same with 100 or 100,000
// matches. Ranking uses pg_trgm's word_similarity() on the title and whole-word matches in the rest of the
// text; highlighting is computed here as plain text segments, so the page renders <mark> from data and
// never injects HTML.
// docs/decisions/016-search-documents.md.
import "server-only";
import { z } from "zod";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import { tags } from "@/lib/cache-tags";
import { isLocale, locales as routingLocales, type Locale } from "@/i18n/routing";
import { Prisma } from "@/lib/generated/prisma/client";
import { argInt, argLocale } from "@/lib/validation/data-args";
import { itemPath } from "@/lib/content-model/pages";

export type SearchType = "zone" | "policy" | "article" | "news" | "layout" | "figure" | "glossary" | "question";

/** A run of text; `hit` runs are the parts that match the query (render them in <mark>). */
export interface Segment {
  text: string;
  hit: boolean;
}

export interface SearchResult {
  type: SearchType;
  /** The item's slug (for an article, its policy's slug). */
  slug: string;
  /** Locale-relative path, e.g. "/policies/changjitu-2014-work-points#article-20". */
  href: string;
  /** The locale the matched text is in. */
  lang: Locale;
  title: string;
  titleSegments: Segment[];
  /** An excerpt of the summary or body around the matches (plain text, Markdown removed). */
  snippet: Segment[];
  /** Whether the excerpt was cut at its start / end (render an ellipsis). */
  clipped: { start: boolean; end: boolean };
  /** For a policy article: its number and the policy's title (same language as the article). */
  article: { number: number; policyTitle: string } | null;
  score: number;
}

export type SearchError = "tooShort" | "tooLong";

export type SearchOutcome =
  | {
      ok: true;
      query: string;
      allLocales: boolean;
      /** How many items match; with `more`, how many were ranked (more match: see CANDIDATES). */
      total: number;
      more: boolean;
      results: SearchResult[];
    }
  | { ok: false; query: string; error: SearchError };

export interface SearchOptions {
  /** Search the texts of every locale, not only `locale`'s. */
  allLocales?: boolean;
  /** Most results to return (1–100, default 50). */
  limit?: number;
}

export const SEARCH_MAX_LENGTH = 100;
const MAX_TERMS = 8;

/** Unicode-normalized, whitespace-collapsed query of 1–100 characters. */
export const searchQuerySchema = z
  .string()
  // Control characters (NUL would make PostgreSQL refuse the query) count as spaces.
  .transform((s) =>
    s
      .normalize("NFC")
      .replace(/[\u0000-\u001f\u007f]/gu, " ")
      .replace(/\s+/gu, " ")
      .trim(),
  )
  .pipe(z.string().min(1).max(SEARCH_MAX_LENGTH));

const optionsSchema = z.object({
  allLocales: z.boolean().default(false),
  limit: z.number().int().min(1).max(100).default(50),
});

export type ParsedQuery = { ok: true; query: string } | { ok: false; query: string; error: SearchError };

/** Validates a raw query (e.g. `?q=`) without touching the database. */
export function parseSearchQuery(raw: unknown): ParsedQuery {
  const input = typeof raw === "string" ? raw : Array.isArray(raw) && typeof raw[0] === "string" ? raw[0] : "";
  const parsed = searchQuerySchema.safeParse(input);
  if (parsed.success) return { ok: true, query: parsed.data };
  const tooBig = parsed.error.issues.some((i) => i.code === "too_big");
  return { ok: false, query: input.trim(), error: tooBig ? "tooLong" : "tooShort" };
}

/**
 * Searches published content. With `allLocales` every locale's text is searched and each hit reports
 * its `lang`; otherwise only `locale`'s texts. Invalid input gives `{ ok: false, error }`, never a throw.
 */
export async function searchContent(
  locale: Locale,
  query: string,
  options: SearchOptions = {},
): Promise<SearchOutcome> {
  if (!isLocale(locale)) throw new Error(`unknown locale "${String(locale)}"`);
  const parsed = parseSearchQuery(query);
  if (!parsed.ok) return parsed;
  const opts = optionsSchema.parse(options);
  const { total, more, results } = await runSearch(locale, parsed.query, opts.allLocales, opts.limit);
  return { ok: true, query: parsed.query, allLocales: opts.allLocales, total, more, results };
}

// ---------------------------------------------------------------- the query

/**
 * The query's terms: whitespace-separated, each must occur (in any of an item's searched fields). A term of
 * punctuation or symbols only (the "/" of "长春 / 吉林") is dropped when the query has words.
 */
export function searchTerms(query: string): string[] {
  const terms = [...new Set(query.split(" ").filter(Boolean))];
  const words = terms.filter((t) => /[\p{L}\p{N}]/u.test(t));
  return (words.length ? words : terms).slice(0, MAX_TERMS);
}

interface Row {
  type: SearchType;
  slug: string;
  anchor: string | null;
  number: number | null;
  lang: string;
  title: string;
  parent_title: string | null;
  summary: string;
  body: string;
  score: number;
  total: number;
  more: boolean;
}

// Each searchable type as: its letter in the index keys, its FROM/JOIN clause and the conditions under
// which its text is shown, and the SQL for its title, summary and body. The column references are
// constants of this file (never user input). What is matched is the translation's search document `d`
// (model SearchDocument, kept by the triggers of the migration `search_documents`, which give keys only to
// what `published` lets through: keep the two rules the same).
interface Source {
  type: SearchType;
  /** The type's letter in the index keys (the migration's search_document_write). */
  code: string;
  from: Prisma.Sql;
  published: Prisma.Sql;
  slug: Prisma.Sql;
  anchor: Prisma.Sql;
  number: Prisma.Sql;
  title: Prisma.Sql;
  parentTitle: Prisma.Sql;
  summary: Prisma.Sql;
  body: Prisma.Sql;
}

const none = Prisma.sql`NULL`;
const emptyText = Prisma.sql`''`;

const sources: Source[] = [
  {
    type: "zone",
    code: "Z",
    from: Prisma.sql`"ZoneTranslation" t JOIN "Zone" i ON i.id = t."zoneId"`,
    published: Prisma.sql`i.status = 'published' AND t.status = 'published'`,
    slug: Prisma.sql`i.slug`,
    anchor: none,
    number: none,
    title: Prisma.sql`t."name"`,
    parentTitle: none,
    summary: Prisma.sql`t."summary"`,
    body: Prisma.sql`t."body"`,
  },
  {
    type: "policy",
    code: "P",
    from: Prisma.sql`"PolicyTranslation" t JOIN "Policy" i ON i.id = t."policyId"`,
    published: Prisma.sql`i.status = 'published' AND t.status = 'published'`,
    slug: Prisma.sql`i.slug`,
    anchor: none,
    number: none,
    title: Prisma.sql`t."title"`,
    parentTitle: none,
    summary: Prisma.sql`t."summary"`,
    body: emptyText,
  },
  {
    // An article is shown in a language when its own translation, its policy and the policy's
    // translation in that language are published (the policy page then serves that language).
    type: "article",
    code: "A",
    from: Prisma.sql`"PolicyArticleTranslation" t
      JOIN "PolicyArticle" a ON a.id = t."articleId"
      JOIN "Policy" i ON i.id = a."policyId"
      JOIN "PolicyTranslation" pt ON pt."policyId" = i.id AND pt.locale = t.locale`,
    published: Prisma.sql`i.status = 'published' AND pt.status = 'published' AND t.status = 'published'`,
    slug: Prisma.sql`i.slug`,
    anchor: Prisma.sql`a.anchor`,
    number: Prisma.sql`a.number`,
    title: Prisma.sql`t."heading"`,
    parentTitle: Prisma.sql`pt."title"`,
    summary: emptyText,
    body: Prisma.sql`t."body"`,
  },
  {
    type: "news",
    code: "N",
    from: Prisma.sql`"NewsTranslation" t JOIN "NewsArticle" i ON i.id = t."articleId"`,
    published: Prisma.sql`i.status = 'published' AND t.status = 'published'`,
    slug: Prisma.sql`i.slug`,
    anchor: none,
    number: none,
    title: Prisma.sql`t."title"`,
    parentTitle: none,
    summary: Prisma.sql`t."summary"`,
    body: Prisma.sql`t."body"`,
  },
  {
    type: "layout",
    code: "L",
    from: Prisma.sql`"LayoutElementTranslation" t JOIN "LayoutElement" i ON i.id = t."elementId"`,
    published: Prisma.sql`i.status = 'published' AND t.status = 'published'`,
    slug: Prisma.sql`i.slug`,
    anchor: none,
    number: none,
    title: Prisma.sql`t."name"`,
    parentTitle: none,
    summary: emptyText,
    body: Prisma.sql`t."description"`,
  },
  {
    type: "glossary",
    code: "G",
    from: Prisma.sql`"GlossaryTermTranslation" t JOIN "GlossaryTerm" i ON i.id = t."termId"`,
    published: Prisma.sql`i.status = 'published'`,
    slug: Prisma.sql`i.slug`,
    anchor: none,
    number: none,
    title: Prisma.sql`t."term"`,
    parentTitle: none,
    summary: Prisma.sql`t."definition"`,
    body: emptyText,
  },
  {
    type: "figure",
    code: "F",
    from: Prisma.sql`"KeyFigureTranslation" t JOIN "KeyFigure" i ON i.id = t."figureId"`,
    published: Prisma.sql`i.status = 'published' AND t.status = 'published'`,
    slug: Prisma.sql`i.slug`,
    anchor: none,
    number: none,
    title: Prisma.sql`t."label"`,
    parentTitle: none,
    summary: emptyText,
    body: emptyText,
  },
  {
    // A public Q&A: published, with its asker's consent (as lib/data/questions.ts shows them).
    type: "question",
    code: "Q",
    from: Prisma.sql`"QuestionTranslation" t JOIN "Question" i ON i.id = t."questionId"
      JOIN "Inquiry" q ON q.id = i."inquiryId"`,
    published: Prisma.sql`i.status = 'published' AND t.status = 'published' AND q."allowPublication"`,
    slug: Prisma.sql`i.slug`,
    anchor: none,
    number: none,
    title: Prisma.sql`t."question"`,
    parentTitle: none,
    summary: emptyText,
    body: Prisma.sql`t."answer"`,
  },
];

// Tie-break order of equal scores.
const typeOrder: SearchType[] = ["zone", "glossary", "policy", "article", "news", "question", "layout", "figure"];

// On otherwise equal matches: a zone's profile before a policy, an article, news, the layout, a figure.
const typePrior: Record<SearchType, Prisma.Sql> = {
  zone: Prisma.sql`0.5`,
  glossary: Prisma.sql`0.45`,
  policy: Prisma.sql`0.4`,
  article: Prisma.sql`0.3`,
  news: Prisma.sql`0.2`,
  question: Prisma.sql`0.15`,
  layout: Prisma.sql`0.1`,
  figure: Prisma.sql`0.0`,
};

/**
 * How many candidates of one type are ranked at most: those whose title shows a term, then those that
 * match elsewhere. Only these are read and scored, so a query's cost stays flat however many items match;
 * beyond them the outcome says `more` and `total` is a lower bound.
 */
export const CANDIDATES = { title: 100, other: 50 } as const;

/** A term as typed and as PostgreSQL lower-cases it (the documents hold lower(text)). */
export interface Term {
  term: string;
  lower: string;
}

/**
 * The index keys of a lower-cased term for one type and locale: the prefix (type letter and locale, as the
 * migration's search_document_write writes them) and each pair of adjacent characters of each word (a
 * one-character word: the character). A document holding the term holds all of them.
 */
export function gramKeys(prefix: string, lowered: string): string[] {
  const keys = new Set<string>();
  for (const word of lowered.split(/\s+/u).filter(Boolean)) {
    const chars = [...word];
    if (chars.length === 1) keys.add(prefix + chars[0]);
    for (let i = 0; i + 1 < chars.length; i++) keys.add(prefix + chars[i] + chars[i + 1]);
  }
  return [...keys];
}

/**
 * Whether one of `terms` (alternatives) occurs in a search document of type `code` in one of `locales`: in
 * its title only, or anywhere. The GIN index finds the documents holding every character pair of a term;
 * the substring test then keeps those where the pairs are in a row (literally: no character is a
 * wildcard). The two are separate conjuncts — (any term's keys) AND (any term's text), the same set since
 * a term's text implies its keys — so the keys are only an index condition and the large arrays (stored
 * out of line) are never read back for a row.
 */
function occurs(code: string, locales: Locale[], terms: Term[], where: "title" | "doc", useKeys = true): Prisma.Sql {
  const column = where === "title" ? Prisma.sql`d."titleGrams"` : Prisma.sql`d.grams`;
  const keys = Prisma.join(
    terms.flatMap((t) => locales.map((l) => Prisma.sql`${column} @> ${gramKeys(code + l, t.lower)}::text[]`)),
    " OR ",
  );
  const text = Prisma.join(
    terms.map((t) =>
      where === "title"
        ? Prisma.sql`strpos(d.title, ${t.lower}) > 0`
        : Prisma.sql`strpos(d.title, ${t.lower}) > 0 OR strpos(d.body, ${t.lower}) > 0`,
    ),
    " OR ",
  );
  return useKeys ? Prisma.sql`(${keys}) AND (${text})` : Prisma.sql`(${text})`;
}

/**
 * One type's candidates, at most `cap` + 1: the documents with a term in the title (`titleHit`), or any
 * matching document (those of the first kind among them are dropped in searchSql). Not "matching but not in
 * the title": for a term every title has, that would read every match to find none.
 */
function candidates(s: Source, locales: Locale[], groups: Term[][], titleHit: boolean, cap: number): Prisma.Sql {
  // Every term (or one of its glossary equivalents) must occur in the document. Title hits come from the
  // title keys' index: the other terms are then only looked for in the text.
  const match = Prisma.join(
    groups.map((group) => occurs(s.code, locales, group, "doc", !titleHit)),
    " AND ",
  );
  const inTitle = occurs(s.code, locales, groups.flat(), "title");
  // A one-term query's title hit is a match: nothing else to look for.
  const where = !titleHit ? match : groups.length > 1 ? Prisma.sql`${inTitle} AND ${match}` : inTitle;
  return Prisma.sql`(SELECT d.id, ${s.code}::text AS code, ${cap}::int AS cap, ${matchScore(groups)} AS score
    FROM "SearchDocument" d
    WHERE ${where}
    LIMIT ${cap + 1})`;
}

/**
 * How well a term matches the text after the title (the search document's lower-cased body), cheaply, with
 * no trigram sets of long texts: 1 as a whole word (Latin script, PostgreSQL's word boundaries), 0.6 inside
 * a word; in a script without spaces between words (Chinese, Korean compounds) 1 for any occurrence.
 */
function bodyMatch(t: Term): Prisma.Sql {
  const found = Prisma.sql`strpos(d.body, ${t.lower}) > 0`;
  if (!/\p{Script=Latin}/u.test(t.term) || /[^\p{Script=Latin}\p{N}\p{P}\p{S}\s]/u.test(t.term))
    return Prisma.sql`(CASE WHEN ${found} THEN 1.0 ELSE 0.0 END)`;
  // A backslash before any character other than a letter or digit makes it literal in a PostgreSQL regex.
  const word = `\\m${t.lower.replace(/[^\p{L}\p{N}\s]/gu, "\\$&")}\\M`;
  return Prisma.sql`(CASE WHEN NOT ${found} THEN 0.0 WHEN d.body ~ ${word} THEN 1.0 ELSE 0.6 END)`;
}

/**
 * How well a candidate document matches, per term of the reader's own (not their glossary equivalents) and
 * averaged: the term in the title counts most, then how well it matches a word run of the title
 * (word_similarity is 1 for a whole word), then how it occurs in the rest of the text (bodyMatch). Computed
 * from the search document only for the candidates a type's LIMIT lets through.
 */
function matchScore(groups: Term[][]): Prisma.Sql {
  const perTerm = groups.map(
    ([t]) => Prisma.sql`(CASE WHEN strpos(d.title, ${t!.lower}) > 0 THEN 1.0 ELSE 0.0 END)
      + 2.0 * word_similarity(${t!.term}, d.title) + 0.5 * ${bodyMatch(t!)}`,
  );
  return Prisma.sql`((${Prisma.join(perTerm, " + ")}) / ${groups.length}::float8)`;
}

/**
 * The candidates of one type joined to their items: only what is shown (published), with the page's fields
 * and the score: the match (matchScore), then the page's own language, then the type.
 */
function shown(s: Source, locale: Locale): Prisma.Sql {
  const score = Prisma.sql`(c.score
      + (CASE WHEN t.locale = CAST(${locale} AS "Locale") THEN 0.25 ELSE 0.0 END)
      + ${typePrior[s.type]}
    )::float8`;
  return Prisma.sql`SELECT ${s.type}::text AS type, ${typeOrder.indexOf(s.type)}::int AS type_rank,
      ${s.slug} AS slug, ${s.anchor}::text AS anchor, ${s.number}::int AS number, t.locale::text AS lang, ${s.title} AS title,
      ${s.parentTitle}::text AS parent_title, ${s.summary} AS summary, ${s.body} AS body, ${score} AS score
    FROM c JOIN ${s.from} ON t.id = c.id
    WHERE c.code = ${s.code} AND ${s.published}`;
}

/**
 * The whole search as one parameterized statement (exported for the EXPLAIN test). `groups` are the
 * query's terms, each with its glossary equivalents (termGroups), lower-cased by PostgreSQL
 * (searchTermGroups).
 */
export function searchSql(locale: Locale, groups: Term[][], allLocales: boolean, limit: number): Prisma.Sql {
  const locales = allLocales ? [...routingLocales] : [locale];
  const tier = (titleHit: boolean, cap: number) =>
    Prisma.join(
      sources.map((s) => candidates(s, locales, groups, titleHit, cap)),
      " UNION ALL ",
    );
  // `total` counts what is shown of the candidates; `more` says a type's cap was reached.
  return Prisma.sql`WITH a AS MATERIALIZED (${tier(true, CANDIDATES.title)}),
      b AS MATERIALIZED (${tier(false, CANDIDATES.other)}),
      c AS (SELECT * FROM a UNION ALL SELECT * FROM b WHERE b.id NOT IN (SELECT id FROM a)),
      tiers AS (SELECT count(*) AS n, min(cap) AS cap FROM a GROUP BY code
        UNION ALL SELECT count(*), min(cap) FROM b GROUP BY code),
      r AS (${Prisma.join(
        sources.map((s) => shown(s, locale)),
        " UNION ALL ",
      )})
    SELECT r.*, (SELECT count(*) FROM r)::int AS total, (SELECT coalesce(bool_or(n > cap), false) FROM tiers) AS more
    FROM r
    ORDER BY r.score DESC, r.type_rank, r.slug, r.number NULLS FIRST, r.lang
    LIMIT ${limit}`;
}

/** The query's term groups (termGroups), each term lower-cased by PostgreSQL as the documents are. */
export async function searchTermGroups(query: string): Promise<Term[][]> {
  const groups = termGroups(query, await glossaryRenderings([query.trim(), ...searchTerms(query)]));
  const flat = groups.flat();
  const rows = await db.$queryRaw<{ lower: string[] }[]>`
    SELECT ARRAY(SELECT lower(x) FROM unnest(${flat}::text[]) WITH ORDINALITY u(x, n) ORDER BY n) AS lower`;
  const lowered = rows[0]!.lower;
  let i = 0;
  return groups.map((g) => g.map((term) => ({ term, lower: lowered[i++]! })));
}

async function runSearch(
  locale: Locale,
  query: string,
  allLocales: boolean,
  limit: number,
): Promise<{ total: number; more: boolean; results: SearchResult[] }> {
  "use cache";
  locale = argLocale(locale);
  const q = searchQuerySchema.safeParse(query);
  if (!q.success) return { total: 0, more: false, results: [] };
  query = q.data;
  allLocales = allLocales === true;
  limit = argInt(limit, 1, 100, 50);
  // Results depend on every content type's text.
  cacheTag(tags.zones, tags.news, tags.policies, tags.layout, tags.figures, tags.glossary, tags.questions);
  cacheLife("hours");
  const groups = await searchTermGroups(query);
  // The candidates' LIMITs make the planner prefer reading the documents in order whenever it expects
  // many matches; with their keys stored out of line that is always slower than the index.
  const [, rows] = await db.$transaction([
    db.$executeRaw`SET LOCAL enable_seqscan = off`,
    db.$queryRaw<Row[]>(searchSql(locale, groups, allLocales, limit)),
  ]);
  // Highlight the equivalents a result was found by, too.
  const terms = groups.flat().map((t) => t.term);
  const results = rows.map((r) => toResult(r, terms));
  return { total: rows[0]?.total ?? 0, more: rows[0]?.more ?? false, results };
}

function hrefOf(r: Row): string {
  // The same address as the admin's "view on the site" (lib/routes.ts).
  return r.type === "article" ? itemPath("policy-article", `${r.slug}~${r.anchor}`) : itemPath(r.type, r.slug);
}

function toResult(r: Row, terms: string[]): SearchResult {
  const lang = r.lang as Locale;
  // The excerpt comes from the summary or the body, whichever window shows more of the terms — above all
  // those the title does not show (the summary on a tie) — else from the summary (or body) as it starts.
  const titleTerms = new Set(hitsOf(r.title, terms).map((h) => h.term));
  const prefer = terms.filter((t) => !titleTerms.has(t.toLowerCase()));
  const candidates = [plainText(r.summary), plainText(r.body)].filter((t) => t.length > 0);
  let source = candidates[0] ?? "";
  let best = 0;
  for (const text of candidates) {
    const { score } = anchorHit(text, terms, prefer);
    if (score > best) [source, best] = [text, score];
  }
  const ex = excerpt(source, terms, prefer);
  return {
    type: r.type,
    slug: r.slug,
    href: hrefOf(r),
    lang,
    title: r.title,
    titleSegments: highlight(r.title, terms),
    snippet: ex.segments,
    clipped: ex.clipped,
    article: r.type === "article" && r.number !== null ? { number: r.number, policyTitle: r.parent_title ?? "" } : null,
    score: Math.round(r.score * 1000) / 1000,
  };
}

// ---------------------------------------------------------------- glossary equivalents

/**
 * The renderings, in all languages, of the published glossary entries that may name one of `terms`: those
 * with a translation holding a term (lower-cased), as groups of equivalents. termGroups keeps the exact
 * matches; reading only these few entries keeps a search from reading the whole glossary.
 */
async function glossaryRenderings(terms: string[]): Promise<string[][]> {
  const rows = await db.$queryRaw<{ termId: string; term: string }[]>`
    SELECT t."termId", t.term FROM "GlossaryTermTranslation" t
    WHERE t."termId" IN (
      SELECT m."termId" FROM "GlossaryTermTranslation" m JOIN "GlossaryTerm" g ON g.id = m."termId"
      WHERE g.status = 'published' AND EXISTS (SELECT 1 FROM unnest(${terms}::text[]) q(x) WHERE strpos(lower(m.term), lower(q.x)) > 0))
    ORDER BY t."termId", t.locale`;
  const byTerm = new Map<string, string[]>();
  for (const r of rows) byTerm.set(r.termId, [...(byTerm.get(r.termId) ?? []), r.term]);
  return [...byTerm.values()].flatMap(equivalentGroups);
}

/**
 * One glossary entry's terms (one per language) as groups of equivalent renderings. An entry that lists
 * several names ("长春 / 吉林 / 延边", "창춘 / 지린 / 옌볜") pairs them by position, so 창춘 stands for
 * 长春 and Changchun but not for 吉林.
 */
export function equivalentGroups(terms: string[]): string[][] {
  const lists = terms.map((t) => t.split(/\s+\/\s+/u));
  const n = lists[0]?.length ?? 0;
  const groups = lists.every((l) => l.length === n)
    ? Array.from({ length: n }, (_, i) => renderingsOf(lists.map((l) => l[i]!)))
    : [renderingsOf(terms)];
  return groups.filter((g) => g.length > 1);
}

/**
 * The renderings of one name: a trailing parenthesis gives a second form of the same name, as in
 * "창지투 개발개방 선도구 (창지투 선도구)" (full and short) or "국장(司長)" (the word and its Hanja).
 * A parenthesis inside a name, as in 中韩(长春)国际合作示范区, is part of the name.
 */
export function renderingsOf(terms: string[]): string[] {
  const out = new Set<string>();
  const add = (s: string) => {
    const p = s.normalize("NFC").replace(/\s+/gu, " ").trim();
    if ([...p].length >= 2) out.add(p);
  };
  for (const term of terms) {
    const m = /^(.+?)\s*[(（]([^()（）]+)[)）]$/u.exec(term.trim());
    if (m) {
      add(m[1]!);
      add(m[2]!);
    } else add(term);
  }
  return [...out];
}

// One collator for every comparison (localeCompare with options builds a new one per call).
const caseless = new Intl.Collator(undefined, { sensitivity: "accent" });

/**
 * The query as groups of alternatives: a query that is itself a glossary rendering is one group (the
 * phrase and its renderings in the other languages); otherwise each term is a group, with the
 * renderings of the glossary entry it names when it names one exactly. The first of each group is the
 * reader's own term.
 */
export function termGroups(query: string, equivalents: string[][]): string[][] {
  const same = (a: string, b: string) => caseless.compare(a, b) === 0;
  const alternativesOf = (term: string) => {
    const entry = equivalents.find((list) => list.some((r) => same(r, term)));
    return [term, ...(entry ?? []).filter((r) => !same(r, term))];
  };
  const whole = query.trim();
  if (whole.includes(" ") && equivalents.some((list) => list.some((r) => same(r, whole))))
    return [alternativesOf(whole)];
  return searchTerms(query).map(alternativesOf);
}

// ---------------------------------------------------------------- highlighting (pure, exported for tests)

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A case-insensitive regular expression for any of the terms, longest first. */
function termsRegExp(terms: string[]): RegExp | null {
  const list = [...new Set(terms.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!list.length) return null;
  // `iu`: Unicode simple case folding, which keeps every match at the text's own offsets.
  return new RegExp(list.map(escapeRegExp).join("|"), "giu");
}

/** Splits `text` into runs, marking every case-insensitive occurrence of a term. Joined, the runs are `text`. */
export function highlight(text: string, terms: string[]): Segment[] {
  const re = termsRegExp(terms);
  if (!re || !text) return text ? [{ text, hit: false }] : [];
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    if (start > last) out.push({ text: text.slice(last, start), hit: false });
    out.push({ text: m[0], hit: true });
    last = start + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false });
  return out;
}

interface Hit {
  index: number;
  length: number;
  term: string;
}

function hitsOf(text: string, terms: string[], max = 200): Hit[] {
  const re = termsRegExp(terms);
  if (!re) return [];
  const out: Hit[] = [];
  for (const m of text.matchAll(re)) {
    out.push({ index: m.index, length: m[0].length, term: m[0].toLowerCase() });
    if (out.length >= max) break;
  }
  return out;
}

const distinctTerms = (hits: Hit[]) => new Set(hits.map((h) => h.term)).size;

/**
 * The hit to centre an excerpt on, and how good that window is: the most different terms in view, and
 * among those, the most of the `prefer`red ones (terms the title does not already show); the first wins.
 */
function anchorHit(text: string, terms: string[], prefer: string[]): { hit: Hit | null; score: number } {
  const { before, length } = sizesFor(text);
  const hits = hitsOf(text, terms);
  const preferred = new Set(prefer.map((t) => t.toLowerCase()));
  let best: Hit | null = null;
  let bestScore = 0;
  for (const h of hits) {
    const from = Math.max(0, h.index - before);
    const inView = hits.filter((x) => x.index >= from && x.index + x.length <= from + length);
    const score = 2 * distinctTerms(inView) + distinctTerms(inView.filter((x) => preferred.has(x.term)));
    if (score > bestScore) [best, bestScore] = [h, score];
  }
  return { hit: best, score: bestScore };
}

/** Stored long text is Markdown: the excerpt shows its words, not its syntax. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^\n]*?\S)\1/g, "$2")
    .replace(/\s+/g, " ")
    .trim();
}

// Excerpt size in characters: Chinese and Korean characters carry more per character and are wider.
const SIZES = { wide: { before: 30, length: 100 }, narrow: { before: 50, length: 180 } };
const wideChar = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

function sizesFor(text: string) {
  const sample = text.slice(0, 400);
  return (sample.match(wideChar)?.length ?? 0) > sample.length * 0.3 ? SIZES.wide : SIZES.narrow;
}

const isLowSurrogate = (s: string, i: number) => i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i]!);

/**
 * Up to ~180 characters (100 of Chinese or Korean) of `text` around its matches, highlighted; `prefer`
 * names terms to bring into view first (those the title does not show).
 */
export function excerpt(
  text: string,
  terms: string[],
  prefer: string[] = [],
): { segments: Segment[]; clipped: { start: boolean; end: boolean } } {
  const { before: BEFORE, length: LENGTH } = sizesFor(text);
  if (text.length <= LENGTH) return { segments: highlight(text, terms), clipped: { start: false, end: false } };
  const { hit } = anchorHit(text, terms, prefer);
  let start = hit ? Math.max(0, hit.index - BEFORE) : 0;
  let end = Math.min(text.length, Math.max(start + LENGTH, hit ? hit.index + hit.length : 0));
  if (end === text.length) start = Math.max(0, Math.min(start, end - LENGTH));
  // Prefer to cut at a space (Latin and Korean text) when one is near.
  if (start > 0) {
    const space = text.indexOf(" ", start);
    if (space !== -1 && space - start < 15 && (!hit || space < hit.index)) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    if (space !== -1 && end - space < 15 && (!hit || space > hit.index + hit.length)) end = space;
  }
  if (isLowSurrogate(text, start)) start -= 1;
  if (isLowSurrogate(text, end)) end += 1;
  return {
    segments: highlight(text.slice(start, end), terms),
    clipped: { start: start > 0, end: end < text.length },
  };
}

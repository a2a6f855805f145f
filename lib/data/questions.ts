// The public questions and answers (/{locale}/questions, /questions/<slug>): questions asked through the
// inquiry form, answered by staff and published with the asker's consent (lib/admin/inquiries.ts makes
// them; their text goes through the editorial workflow as content type "question").
//
// A Q&A is public only while all of these hold: the record is published, its inquiry's asker allowed
// publication (checked on every read, so consent is never assumed), and at least one language's text is
// published. A language without its own published text shows the original's, with the usual notice.
// Nothing personal is ever read here: no name, organisation or address, only the question as published.
import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { db } from "@/lib/db";
import type { Locale } from "@/i18n/routing";
import { tags } from "@/lib/cache-tags";
import { argLocale, argQuestionFilter, argSlug } from "@/lib/validation/data-args";
import { pickTranslation, provenanceOf, type Provenance } from "./translation";

export const QUESTIONS_PAGE_SIZE = 20;

export interface QuestionFilter {
  zone?: string;
  topic?: string;
  page?: number;
}

export interface QuestionSummary {
  slug: string;
  question: string;
  /** The answer, Markdown. */
  answer: string;
  /** The language the text is in (the original's when this language has none published). */
  lang: Locale;
  fallback: boolean;
  zone: { slug: string } | null;
  topic: string | null;
  askedAt: string;
  answeredAt: string;
  /** When this language's text went live. */
  liveAt: string;
}

export interface QuestionView extends QuestionSummary {
  provenance: Provenance | null;
}

/** The records the public may see (consent is part of the condition, never a flag copied once). */
const publicWhere = {
  status: "published",
  inquiry: { allowPublication: true },
  translations: { some: { status: "published" } },
} as const;

const include = {
  zone: { select: { slug: true } },
  translations: {
    where: { status: "published" },
    select: {
      locale: true,
      status: true,
      question: true,
      answer: true,
      revision: true,
      sourceRevision: true,
      revisionAt: true,
      sourceRevisionAt: true,
    },
  },
} as const;

type Row = {
  slug: string;
  originalLocale: Locale;
  topic: string | null;
  askedAt: Date;
  answeredAt: Date;
  zone: { slug: string } | null;
  translations: {
    locale: Locale;
    status: "draft" | "published";
    question: string;
    answer: string;
    revision: number;
    sourceRevision: number | null;
    revisionAt: Date;
    sourceRevisionAt: Date | null;
  }[];
};

function summarize(r: Row, locale: Locale): QuestionView | null {
  const served = pickTranslation(r.translations, locale, r.originalLocale);
  if (!served) return null;
  return {
    slug: r.slug,
    question: served.text.question,
    answer: served.text.answer,
    lang: served.locale,
    fallback: served.fallback,
    zone: r.zone,
    topic: r.topic,
    askedAt: r.askedAt.toISOString(),
    answeredAt: r.answeredAt.toISOString(),
    liveAt: served.text.revisionAt.toISOString(),
    provenance: provenanceOf(r.translations, served, r.originalLocale),
  };
}

/** Published Q&As, newest answer first, filtered by zone and topic, one page of them. */
export async function listQuestions(locale: Locale, filter: QuestionFilter = {}) {
  "use cache";
  locale = argLocale(locale);
  const f = argQuestionFilter(filter);
  cacheTag(tags.questions);
  cacheLife("max");
  const where = {
    ...publicWhere,
    ...(f.zone ? { zone: { slug: f.zone } } : {}),
    ...(f.topic ? { topic: f.topic } : {}),
  };
  const [rows, total] = await Promise.all([
    db.question.findMany({
      where,
      include,
      orderBy: [{ answeredAt: "desc" }, { slug: "asc" }],
      skip: (f.page - 1) * QUESTIONS_PAGE_SIZE,
      take: QUESTIONS_PAGE_SIZE,
    }),
    db.question.count({ where }),
  ]);
  return {
    items: (rows as Row[]).flatMap((r) => summarize(r, locale) ?? []),
    total,
    page: f.page,
    pages: Math.max(1, Math.ceil(total / QUESTIONS_PAGE_SIZE)),
  };
}

/** The zones and topics that published Q&As are filed under (the filter's choices). */
export async function getQuestionFacets(): Promise<{ zones: string[]; topics: string[] }> {
  "use cache";
  cacheTag(tags.questions);
  cacheLife("max");
  const rows = await db.question.findMany({
    where: publicWhere,
    select: { topic: true, zone: { select: { slug: true } } },
  });
  return {
    zones: [...new Set(rows.flatMap((r) => (r.zone ? [r.zone.slug] : [])))].sort(),
    topics: [...new Set(rows.flatMap((r) => (r.topic ? [r.topic] : [])))].sort(),
  };
}

/** One published Q&A (its permalink page), or null. */
export async function getQuestion(locale: Locale, slug: string): Promise<QuestionView | null> {
  "use cache";
  locale = argLocale(locale);
  if (!argSlug(slug)) return null;
  cacheTag(tags.questions, tags.question(slug));
  cacheLife("max");
  const r = await db.question.findFirst({ where: { ...publicWhere, slug }, include });
  return r ? summarize(r as Row, locale) : null;
}

/** Slugs and last changes of every public Q&A (sitemap, static params). */
export async function getQuestionSlugs(): Promise<{ slug: string; updatedAt: string }[]> {
  "use cache";
  cacheTag(tags.questions);
  cacheLife("max");
  const rows = await db.question.findMany({
    where: publicWhere,
    select: {
      slug: true,
      updatedAt: true,
      translations: { where: { status: "published" }, select: { revisionAt: true } },
    },
    orderBy: { slug: "asc" },
  });
  return rows.map((r) => ({
    slug: r.slug,
    updatedAt: new Date(
      Math.max(r.updatedAt.getTime(), ...r.translations.map((t) => t.revisionAt.getTime())),
    ).toISOString(),
  }));
}

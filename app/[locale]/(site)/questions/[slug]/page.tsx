// /{locale}/questions/<slug>: one published question and answer, its permalink.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { getQuestion, getQuestionSlugs } from "@/lib/data/questions";
import { pageMetadata } from "@/lib/seo";
import { QuestionPage } from "@/components/questions/questions-page";
import { paths } from "@/lib/routes";

type Props = PageProps<"/[locale]/questions/[slug]">;

export async function generateStaticParams() {
  const slugs = await getQuestionSlugs();
  // Cache Components needs at least one sample; before the first Q&A is published it renders "not found".
  return slugs.length ? slugs.map((s) => ({ slug: s.slug })) : [{ slug: "q-none" }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const q = await getQuestion(locale, slug);
  if (!q) return {};
  const title = q.question.length > 90 ? `${q.question.slice(0, 90)}…` : q.question;
  return pageMetadata({
    locale,
    path: paths.question(slug),
    title,
    description: q.answer.replace(/\s+/g, " ").slice(0, 160),
    type: "article",
    publishedTime: q.answeredAt.slice(0, 10),
  });
}

export default async function Page({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const q = await getQuestion(locale, slug);
  if (!q) notFound();
  return <QuestionPage locale={locale} q={q} />;
}

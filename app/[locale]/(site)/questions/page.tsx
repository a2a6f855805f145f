import type { Locale } from "@/i18n/routing";
import { QuestionsPage, questionsMetadata } from "@/components/questions/questions-page";

export const generateMetadata = questionsMetadata;

/** Without a query string: prerendered. With one, proxy.ts serves ./Q/[query] instead. */
export default async function Page({ params }: PageProps<"/[locale]/questions">) {
  return <QuestionsPage locale={(await params).locale as Locale} query={{}} />;
}

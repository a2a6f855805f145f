// Labels for codes the content stores as slugs (news tags, topics, industries): the localized label from
// messages/<locale>.json, and for a code an editor added that has no label yet, the code with its hyphens
// turned into spaces, so a reader never sees a raw slug. tests/unit/language-labels.test.ts checks that
// every code the content uses has a label in every language.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

export type LabelGroup = "tags" | "topics" | "industries";

/** A function from code to label for one group in one locale. */
export async function labelsFor(locale: Locale, group: LabelGroup): Promise<(code: string) => string> {
  const t = await getTranslations({ locale, namespace: group });
  const has = t.has as (key: string) => boolean;
  const get = t as unknown as (key: string) => string;
  return (code) => (has(code) ? get(code) : code.replace(/-/g, " "));
}

// The glossary's rejected renderings for the admin editor's warning (components/admin/content-editor-form
// .tsx): read from content/glossary.json, the same list the language tests enforce
// (tests/unit/language-lint.test.ts). Small and plain, so the page can hand it to the client form.
import glossary from "../../content/glossary.json";
import { glossaryFileSchema, type ContentLocale } from "./schema";
import { rejectedRenderings, type RejectedRendering } from "./lint";

const all = rejectedRenderings(glossaryFileSchema.parse(glossary));

/** The renderings the glossary rejects in `locale`, each with the one to use. */
export function rejectedIn(locale: ContentLocale): Pick<RejectedRendering, "rejected" | "preferred">[] {
  return all.filter((r) => r.locale === locale).map(({ rejected, preferred }) => ({ rejected, preferred }));
}

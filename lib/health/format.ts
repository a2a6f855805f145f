// Words for the site-health report, shared by the admin page and `npm run check:site`: each finding's
// sentence from the messages (admin.siteHealth.checks.<check>), in the reader's language.
import { columns, type ColumnKey } from "@/lib/site-identity";
import type { Finding } from "./site-health";

/** A next-intl translator over the whole catalogue (getTranslations({ locale }) or createTranslator). */
export type RootTranslator = (key: string, values?: Record<string, string | number>) => string;

export function findingText(t: RootTranslator, f: Finding): string {
  const params: Record<string, string | number> = { ...f.params };
  if (typeof params.column === "string" && Object.hasOwn(columns, params.column))
    params.column = t(columns[params.column as ColumnKey].name);
  if (typeof params.type === "string") params.type = t(`admin.siteHealth.types.${params.type}`);
  return t(`admin.siteHealth.checks.${f.check}`, params);
}

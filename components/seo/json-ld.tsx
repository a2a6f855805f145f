// Structured data for search engines: <JsonLd data={newsArticleJsonLd(…)} /> in a page (server component).
// Build `data` with the helpers in lib/seo.ts; a promise (websiteJsonLd) is awaited.
import type { JsonLdObject } from "@/lib/seo";

/**
 * JSON for a <script type="application/ld+json">. JSON.stringify alone is not enough inside HTML: stored
 * text containing "</script>" would close the element and whatever follows would run as markup. So `<`,
 * `>` and `&` become \u003c, \u003e, \u0026 (and U+2028/U+2029 are escaped too); JSON.parse reads the
 * text back unchanged.
 */
export function serializeJsonLd(data: unknown): string {
  return (JSON.stringify(data) ?? "null")
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

type JsonLdData = JsonLdObject | JsonLdObject[];

export async function JsonLd({ data }: { data: JsonLdData | Promise<JsonLdData> }) {
  const value = await data;
  // The only dangerouslySetInnerHTML outside the Markdown renderer: the input is escaped above, and a
  // JSON-LD script is data, never executed.
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(value) }} />;
}

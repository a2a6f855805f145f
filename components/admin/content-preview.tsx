// How one locale's fields of an item read on the public site: Markdown through the site's one allowlist
// renderer (components/ui/markdown.tsx), plain text as text, lists as lists. A server component, used for
// the saved text on the editor page and returned by the editor's Preview action for unsaved text.
import { Markdown } from "@/components/ui/markdown";
import type { FieldDef } from "@/lib/content-model/types";

export function ContentPreview({
  fields,
  values,
  labels,
  lang,
  testId,
}: {
  fields: readonly FieldDef[];
  values: Record<string, string | string[]>;
  labels: Record<string, string>;
  lang: string;
  testId?: string;
}) {
  return (
    <div lang={lang} className="space-y-4" data-testid={testId}>
      {fields.map((f) => {
        const v = values[f.name];
        if (!v || (Array.isArray(v) && v.length === 0)) return null;
        return (
          <section key={f.name}>
            <h3 className="text-sm font-semibold uppercase tracking-wide text-slate-600">{labels[f.name] ?? f.name}</h3>
            {Array.isArray(v) ? (
              <ul className="mt-1 list-disc pl-6">
                {v.map((x, i) => (
                  <li key={i}>{x}</li>
                ))}
              </ul>
            ) : f.kind === "markdown" ? (
              <Markdown>{v}</Markdown>
            ) : (
              <p
                className={`mt-1 whitespace-pre-wrap ${f.kind === "line" && f === fields[0] ? "text-2xl font-semibold" : ""}`}
              >
                {v}
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}

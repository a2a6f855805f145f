// One field's difference between two versions (parts from lib/admin/diff.ts) as plain text: insertions in
// <ins> (underlined, green), deletions in <del> (struck through, red). Colour is never the only signal:
// the line decoration shows it on screen, and a visually hidden "added:" / "removed:" label (and the
// elements' own semantics) tells screen readers. Text only — never parsed as HTML or Markdown.
import type { DiffPart } from "@/lib/admin/diff";

export interface TextDiffLabels {
  added: string;
  removed: string;
  /** Shown when both sides are empty. */
  empty: string;
}

export function TextDiff({
  parts,
  lang,
  labels,
  testId,
}: {
  parts: DiffPart[];
  lang?: string;
  labels: TextDiffLabels;
  testId?: string;
}) {
  return (
    <div
      className="whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 px-3 py-2 leading-relaxed"
      lang={lang}
      data-testid={testId}
    >
      {parts.length === 0 ? (
        <span className="italic text-slate-600">{labels.empty}</span>
      ) : (
        parts.map((p, i) =>
          p.kind === "added" ? (
            <ins key={i} className="rounded-sm bg-green-100 text-green-900 underline decoration-2 underline-offset-2">
              <span className="sr-only">{labels.added} </span>
              {p.text}
            </ins>
          ) : p.kind === "removed" ? (
            <del key={i} className="rounded-sm bg-red-100 text-red-900 line-through decoration-2">
              <span className="sr-only">{labels.removed} </span>
              {p.text}
            </del>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )
      )}
    </div>
  );
}

/** A short key to the markings, shown once above a group of diffs (plain spans: not part of any diff). */
export function TextDiffLegend({ added, removed, lang }: { added: string; removed: string; lang?: string }) {
  return (
    <p className="flex flex-wrap gap-4 text-sm" lang={lang}>
      <span>
        <span className="rounded-sm bg-green-100 px-1 text-green-900 underline decoration-2 underline-offset-2">
          {added}
        </span>
      </span>
      <span>
        <span className="rounded-sm bg-red-100 px-1 text-red-900 line-through decoration-2">{removed}</span>
      </span>
    </p>
  );
}

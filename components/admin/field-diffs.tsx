// The changed fields between two texts of one content type (lib/admin/diff.ts), each with its label, as
// TextDiff blocks; a line when nothing changed. Used by the editor's review sections.
import type { FieldDiff } from "@/lib/admin/diff";
import { TextDiff, TextDiffLegend, type TextDiffLabels } from "@/components/admin/text-diff";

export function FieldDiffs({
  diffs,
  labels,
  lang,
  diffLabels,
  legend,
  unchanged,
  testId,
}: {
  diffs: FieldDiff[];
  labels: Record<string, string>;
  lang: string;
  diffLabels: TextDiffLabels;
  legend: { added: string; removed: string };
  unchanged: string;
  testId: string;
}) {
  const changed = diffs.filter((d) => d.changed);
  if (changed.length === 0) return <p data-testid={testId}>{unchanged}</p>;
  return (
    <div className="space-y-3" data-testid={testId}>
      <TextDiffLegend added={legend.added} removed={legend.removed} />
      {changed.map((f) => (
        <div key={f.name} className="min-w-0">
          <p className="font-medium">{labels[f.name] ?? f.name}</p>
          <div className="mt-1">
            <TextDiff parts={f.parts} lang={lang} labels={diffLabels} testId={`${testId}-${f.name}`} />
          </div>
        </div>
      ))}
    </div>
  );
}

// The details of one audit log entry as plain "key: value" lines (lib/admin/audit-log.ts
// detailLines). Rendered as text only: stored details may hold anything an editor typed.
import type { DetailLine } from "@/lib/admin/audit-log";

export function AuditDetails({ lines }: { lines: DetailLine[] }) {
  if (lines.length === 0) return <span aria-hidden="true">—</span>;
  return (
    <ul className="space-y-0.5 text-sm">
      {lines.map((l, i) => (
        <li key={i} className="whitespace-pre-wrap [overflow-wrap:anywhere]">
          {l.key && <span className="font-mono text-slate-600">{l.key}: </span>}
          {l.value}
        </li>
      ))}
    </ul>
  );
}

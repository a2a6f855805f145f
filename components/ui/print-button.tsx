"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}

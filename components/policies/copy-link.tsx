// Copies an article's permanent link (components/ui/enhance-script.tsx does the copying). Hidden without
// JavaScript, where the adjacent § link still gives the URL.
export function CopyLink({ anchor, label, copiedLabel }: { anchor: string; label: string; copiedLabel: string }) {
  return (
    <button
      type="button"
      data-copy={anchor}
      data-copied={copiedLabel}
      hidden
      suppressHydrationWarning
      className="no-print rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100"
    >
      <span aria-live="polite" data-label="">
        {label}
      </span>
    </button>
  );
}

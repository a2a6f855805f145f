// Prints the page. Hidden until the page's enhancements run (components/ui/enhance-script.tsx): without
// JavaScript a print button could do nothing (the browser's own Print still works, with the print styles).
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      data-print=""
      hidden
      suppressHydrationWarning
      className="no-print rounded border border-slate-300 px-3 py-1.5 text-sm text-slate-800 hover:bg-slate-100"
    >
      {label}
    </button>
  );
}

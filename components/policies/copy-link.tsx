"use client";
// Copies an article's permanent link. Without JavaScript the adjacent § link still gives the URL.
import { useState } from "react";

export function CopyLink({ anchor, label, copiedLabel }: { anchor: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="no-print rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100"
      onClick={async () => {
        const url = `${window.location.origin}${window.location.pathname}#${anchor}`;
        try {
          await navigator.clipboard.writeText(url);
        } catch {
          window.location.hash = anchor;
        }
        setCopied(true);
        setTimeout(() => setCopied(false), 2000);
      }}
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </button>
  );
}

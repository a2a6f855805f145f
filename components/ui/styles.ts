// Class strings shared by server and client components, so a button or a link looks the same everywhere.

/** The main action of a form or page (a <button> or an <a>). */
export const primaryButton =
  "rounded bg-brand-800 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-900 disabled:opacity-60";

/** A secondary action (sign out, cancel). */
export const secondaryButton = "rounded border border-slate-500 px-4 py-2 font-medium hover:bg-slate-100";

/** An inline link in running text. */
export const textLink = "text-brand-700 underline";

// Public pages are documents. Their content, links and forms work without JavaScript (plain links, GET
// forms, server-action forms that post natively: tests/e2e/no-javascript.spec.ts), and their few
// interactive touches — print, copy an article's link, the subscribe form's preselected choices — are
// enhanced by one small inline script (components/ui/enhance-script.tsx). Hydrating them with React and the
// App Router would change nothing a reader sees first, yet it cost a phone 134 KB of gzipped JavaScript to
// download, parse and run, and the RSC payload doubled the HTML. So the front door (scripts/server.ts)
// removes Next.js's scripts from every GET of a public page before it leaves
// (docs/decisions/018-documents-without-framework-scripts.md).
//
// Only GETs: the answer to a form's post (inquiry, error report, subscribe) keeps its scripts, so React
// takes over from there — focus moves to the confirmation or to the summary of what went wrong, and in a
// surge the inquiry's proof of work is solved in the browser. The admin always hydrates.
import { localeOfPath } from "./not-found-body";

/** The first path segment after the locale of the pages that hydrate on GET. */
export const HYDRATED_SECTIONS = new Set(["admin"]);

/** A GET of a public page under a locale that is served as a plain document (no framework scripts). */
export function isStaticDocument(method: string, url: string): boolean {
  if (method !== "GET" || !localeOfPath(url)) return false;
  const path = url.split(/[?#]/)[0]!;
  // A file under a locale (feeds, CSV, display.css) is not a page.
  if (/\.[a-z0-9]+$/i.test(path)) return false;
  const section = path.split("/")[2] ?? "";
  return !HYDRATED_SECTIONS.has(section);
}

// Next.js's scripts in a page: its chunks (async, the module bootstrap, the no-module polyfill), their
// preloads, Turbopack's list of them, and the inline RSC payload (`self.__next_f`), which only hydration
// reads. Their JSON strings escape "<", so neither ever contains "</script>". Every other inline script stays (the display
// choices in <head>, React's Suspense boundary scripts, the enhancements).
const CHUNK_SCRIPT = /<script\b[^>]*\bsrc="\/_next\/static\/[^"]*"[^>]*><\/script>/g;
const CHUNK_PRELOAD =
  /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bhref="\/_next\/static\/[^"]*\.js")[^>]*>/g;
const RSC_PAYLOAD = /<script>\(?self\.__next_f\b[\s\S]*?<\/script>/g;
const CHUNK_LIST = /<script>\(globalThis\["TURBOPACK"\][\s\S]*?<\/script>/g;

export function withoutFrameworkScripts(html: string): string {
  return html.replace(CHUNK_SCRIPT, "").replace(CHUNK_PRELOAD, "").replace(CHUNK_LIST, "").replace(RSC_PAYLOAD, "");
}

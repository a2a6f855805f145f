// The reader's display choices: text size (normal, large, larger) and contrast (normal, high), for older
// readers (适老化) and KWCAG 2.2. They work without JavaScript and leave every page prerendered: a choice is
// a plain link to /{locale}/display/set, which stores it in a cookie and sends the reader back. Every page
// applies the choice before its first paint with a small inline script in <head> (`displayScript`, the same
// rules as `displayCss` for every pair of values), so nothing but the site's own stylesheet blocks rendering;
// without JavaScript a <noscript> link loads /{locale}/display.css, built per request from the cookies
// (private, never cached). Without a contrast choice, the high-contrast rules apply under
// `prefers-contrast: more`. docs/decisions/011-ecosystem-conventions.md.
import { z } from "zod";
// Relative, not "@/…": next.config.ts loads this file (through lib/security-headers.ts) without the alias.
import { locales } from "../i18n/routing";

export const TEXT_COOKIE = "portal-text-size";
export const CONTRAST_COOKIE = "portal-contrast";
/** A year: the choice is remembered. */
export const COOKIE_MAX_AGE = 365 * 24 * 3600;

export const textSizes = ["normal", "large", "larger"] as const;
export const contrasts = ["normal", "high"] as const;
export type TextSize = (typeof textSizes)[number];
export type Contrast = (typeof contrasts)[number];

export const displayChoiceSchema = z.object({
  text: z.enum(textSizes).optional(),
  contrast: z.enum(contrasts).optional(),
});

/** Root font size per choice: the site's sizes are in rem, so everything scales. */
const rootSize: Record<TextSize, string | null> = { normal: null, large: "125%", larger: "150%" };

/** Black on white, links dark blue and underlined, every boundary drawn: 21:1 for text. */
const highContrast = `
*, *::before, *::after { color: #000 !important; border-color: #000 !important; box-shadow: none !important; text-shadow: none !important; }
/* Decorative swatches (aria-hidden, e.g. the layout legend) keep their colours: they match the diagram. */
*:not([aria-hidden="true"]), *::before, *::after { background-color: #fff !important; }
a, a * { color: #00007a !important; text-decoration-line: underline !important; }
:focus-visible { outline: 3px solid #000 !important; outline-offset: 2px !important; }
input, select, textarea, button { border: 2px solid #000 !important; }
header, footer, nav { border-bottom: 2px solid #000 !important; }
svg text { fill: #000 !important; }
img { filter: contrast(1.1); }
`;

/** The stylesheet for a reader's choices (what /{locale}/display.css answers). */
export function displayCss(choice: { text?: TextSize; contrast?: Contrast }): string {
  const parts: string[] = ["/* display choices: lib/display.ts */"];
  const size = rootSize[choice.text ?? "normal"];
  if (size) parts.push(`html { font-size: ${size}; }`);
  parts.push(
    `[data-display-choice="text-${choice.text ?? "normal"}"] { font-weight: 700; text-decoration-thickness: 3px; }`,
  );
  if (choice.contrast === "high") {
    parts.push(highContrast, `[data-display-choice="contrast-high"] { font-weight: 700; }`);
  } else if (choice.contrast === undefined) {
    parts.push(`@media (prefers-contrast: more) {${highContrast}}`);
  } else {
    parts.push(`[data-display-choice="contrast-normal"] { font-weight: 700; }`);
  }
  return parts.join("\n") + "\n";
}

/** Marks the inlined high-contrast rules in the script's table (they appear in six of its nine entries). */
const HIGH_CONTRAST_MARK = "\u0001";

/**
 * The inline <head> script of every page: reads the two cookies (an unknown value counts as no choice, as
 * in `choiceFromCookies`) and adds a <style> with exactly what `displayCss` gives for them. One constant
 * string for every page and locale, so the admin's CSP allows it by its hash (lib/security-headers.ts).
 */
export function displayScript(): string {
  const table: Record<string, string> = {};
  for (const text of textSizes)
    for (const contrast of ["", ...contrasts] as const)
      table[`${text}|${contrast}`] = displayCss({ text, contrast: contrast || undefined })
        .split(highContrast)
        .join(HIGH_CONTRAST_MARK);
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");
  return (
    `(function(){try{var c={};document.cookie.split(";").forEach(function(p){var i=p.indexOf("=");` +
    `if(i>0)c[p.slice(0,i).trim()]=p.slice(i+1).trim()});` +
    `var t=c[${json(TEXT_COOKIE)}],k=c[${json(CONTRAST_COOKIE)}];` +
    `if(${json(textSizes)}.indexOf(t)<0)t="normal";if(${json(contrasts)}.indexOf(k)<0)k="";` +
    `var s=document.createElement("style");s.setAttribute("data-display-choices","");` +
    `s.textContent=${json(table)}[t+"|"+k].split(${json(HIGH_CONTRAST_MARK)}).join(${json(highContrast)});` +
    `document.head.appendChild(s)}catch(e){}})();`
  );
}

/** Reads the cookies; an unknown value counts as no choice. */
export function choiceFromCookies(get: (name: string) => string | undefined): { text?: TextSize; contrast?: Contrast } {
  const text = z.enum(textSizes).safeParse(get(TEXT_COOKIE));
  const contrast = z.enum(contrasts).safeParse(get(CONTRAST_COOKIE));
  return { text: text.success ? text.data : undefined, contrast: contrast.success ? contrast.data : undefined };
}

const localePath = new RegExp(`^/(${locales.join("|")})(/|$)`);

/**
 * Where to send the reader back to: the path (and query) of the page they came from when it is one of the
 * site's locale pages, else the locale's home. Only a path is ever used, so another site's Referer cannot
 * make this an open redirect.
 */
export function returnPath(locale: string, referer: string | null | undefined): string {
  if (referer) {
    try {
      const url = new URL(referer);
      const path = url.pathname + url.search;
      if (
        localePath.test(url.pathname) &&
        !url.pathname.includes("/display/") &&
        path.length <= 2000 &&
        !path.startsWith("//")
      )
        return path;
    } catch {
      // not a URL: go home
    }
  }
  return `/${locale}`;
}

// Every address inside the site, built in one place: pages, sitemap, search, feeds, emails and the admin
// call these instead of writing `/${locale}/policies/${slug}` by hand, so a route moves in one edit and the
// search results and the admin's "view on the site" links agree. Paths only (no origin): lib/seo.ts and
// the feeds prefix SITE_URL.
//
// `paths` are locale-relative ("/policies/x"), for next-intl's <Link>, pageMetadata and localeUrl;
// `localized(l, path)` puts the locale in front for plain <a>, redirects and stored addresses.
import type { Locale } from "@/i18n/routing";
import type { ContentType } from "@/lib/content-model/types";

type L = Locale | string;
const hash = (anchor?: string | null) => (anchor ? `#${anchor}` : "");

/** Public pages and files, locale-relative. */
export const paths = {
  home: "/",
  zones: "/zones",
  zone: (slug: string, anchor?: string | null) => `/zones/${slug}${hash(anchor)}`,
  zoneChanges: (slug: string) => `/zones/${slug}/changes`,
  zoneBrief: (slug: string) => `/zones/${slug}/brief.pdf`,
  zoneCompare: "/zones/compare",
  spatialLayout: (anchor?: string | null) => `/spatial-layout${hash(anchor)}`,
  policies: "/policies",
  policy: (slug: string, anchor?: string | null) => `/policies/${slug}${hash(anchor)}`,
  policyChanges: (slug: string) => `/policies/${slug}/changes`,
  policyCompare: (slug: string) => `/policies/${slug}/compare`,
  policyBrief: (slug: string) => `/policies/${slug}/brief.pdf`,
  incentives: "/incentives",
  news: "/news",
  article: (slug: string) => `/news/${slug}`,
  figures: (anchor?: string | null) => `/figures${hash(anchor)}`,
  glossary: (anchor?: string | null) => `/glossary${hash(anchor)}`,
  glossaryCsv: "/glossary/glossary.csv",
  press: "/press",
  factSheet: "/press/fact-sheet.csv",
  questions: "/questions",
  question: (slug: string) => `/questions/${slug}`,
  search: "/search",
  inquiry: "/inquiry",
  subscribe: "/subscribe",
  reportError: "/report-error",
} as const;

/** A locale's address of a locale-relative path: localized("ko", paths.zone("x")) is "/ko/zones/x". */
export function localized(l: L, path: string): string {
  return path === "/" ? `/${l}` : `/${l}${path}`;
}

/** A list page's address with its filters and page number (empty values and page 1 are left out). */
export function listHref(l: L, path: string, params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== "" && !(k === "page" && v === 1)) q.set(k, String(v));
  const s = q.toString();
  return `${localized(l, path)}${s ? `?${s}` : ""}`;
}

/** The admin wing: `adminPath(l)` is the dashboard, `adminPath(l, "media", id)` an image's page. */
export function adminPath(l: L, ...segments: (string | number)[]): string {
  return [`/${l}/admin`, ...segments.map(String)].join("/");
}

/** Where anyone without a session is sent (lib/auth/guard.ts). */
export const signInPath = (l: L) => adminPath(l, "sign-in");

/** The content editor of one item's text in one language. */
export const editorPath = (l: L, type: ContentType, key: string, editLocale: string) =>
  adminPath(l, "content", type, key, editLocale);

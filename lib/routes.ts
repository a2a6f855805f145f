// Every address inside the site, built in one place: pages, sitemap, search, feeds, emails and the admin
// call these instead of writing `/${locale}/policies/${slug}` by hand, so a route moves in one edit and the
// search results and the admin's "view on the site" links agree. Paths only (no origin): lib/seo.ts and
// the feeds prefix SITE_URL.
import type { Locale } from "@/i18n/routing";

type L = Locale | string;
const hash = (anchor?: string | null) => (anchor ? `#${anchor}` : "");

/** Public pages. */
export const routes = {
  home: (l: L) => `/${l}`,
  zones: (l: L) => `/${l}/zones`,
  zone: (l: L, slug: string) => `/${l}/zones/${slug}`,
  zoneChanges: (l: L, slug: string) => `/${l}/zones/${slug}/changes`,
  zoneCompare: (l: L) => `/${l}/zones/compare`,
  spatialLayout: (l: L, anchor?: string | null) => `/${l}/spatial-layout${hash(anchor)}`,
  policies: (l: L) => `/${l}/policies`,
  policy: (l: L, slug: string, anchor?: string | null) => `/${l}/policies/${slug}${hash(anchor)}`,
  policyChanges: (l: L, slug: string) => `/${l}/policies/${slug}/changes`,
  policyCompare: (l: L, slug: string) => `/${l}/policies/${slug}/compare`,
  incentives: (l: L) => `/${l}/incentives`,
  news: (l: L) => `/${l}/news`,
  article: (l: L, slug: string) => `/${l}/news/${slug}`,
  figures: (l: L, anchor?: string | null) => `/${l}/figures${hash(anchor)}`,
  glossary: (l: L, anchor?: string | null) => `/${l}/glossary${hash(anchor)}`,
  press: (l: L) => `/${l}/press`,
  search: (l: L) => `/${l}/search`,
  inquiry: (l: L) => `/${l}/inquiry`,
  subscribe: (l: L) => `/${l}/subscribe`,
  reportError: (l: L) => `/${l}/report-error`,
} as const;

/** The admin wing: `adminPath(l)` is the dashboard, `adminPath(l, "media", id)` an image's page. */
export function adminPath(l: L, ...segments: (string | number)[]): string {
  return [`/${l}/admin`, ...segments.map(String)].join("/");
}

/** Where anyone without a session is sent (lib/auth/guard.ts). */
export const signInPath = (l: L) => adminPath(l, "sign-in");

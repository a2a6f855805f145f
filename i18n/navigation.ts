// Locale-aware paths for server components: `Link` (a plain server-rendered <a>) and `getPathname`, both in
// i18n/link.tsx. There are no client navigation helpers: public pages load no next-intl client code.
export { getPathname, Link } from "./link";

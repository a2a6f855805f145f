// GET /{locale}/report-error/here: the footer's "report an error on this page" link. Reads the page the
// reader came from (Referer; only its path is used) and sends them to the form with that page filled in,
// /{locale}/report-error/<page as one segment>, so no JavaScript is needed; otherwise to the empty form.
import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { encodeFromSegment, sitePath } from "@/lib/validation/error-report";

export async function GET(request: Request, { params }: RouteContext<"/[locale]/report-error/here">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const referer = request.headers.get("referer");
  const from = referer ? sitePath(referer) : null;
  const segment = from && !/^\/[a-z]{2}\/report-error(\/|$)/.test(from) ? encodeFromSegment(from) : null;
  return new Response(null, {
    status: 303,
    headers: { location: `/${locale}/report-error${segment ? `/${segment}` : ""}`, "cache-control": "no-store" },
  });
}

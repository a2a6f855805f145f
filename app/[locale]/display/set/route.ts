// GET /{locale}/display/set?text=large|larger|normal&contrast=high|normal: stores the reader's display
// choice in a cookie and sends them back to the page they came from (lib/display.ts). A plain link, so it
// works without JavaScript; a bad value is a 400 in the reader's language, never a 500.
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { COOKIE_MAX_AGE, CONTRAST_COOKIE, displayChoiceSchema, returnPath, TEXT_COOKIE } from "@/lib/display";
import { env } from "@/lib/env";

export async function GET(request: Request, { params }: RouteContext<"/[locale]/display/set">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const choice = displayChoiceSchema.strict().safeParse(query);
  if (!choice.success) {
    const t = await getTranslations({ locale, namespace: "site.display" });
    return new Response(`${t("invalid")}\n`, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const secure = env().NODE_ENV === "production" && /^https:/.test(env().SITE_URL ?? "") ? "; Secure" : "";
  const cookie = (name: string, value: string) =>
    `${name}=${value}; Path=/; Max-Age=${COOKIE_MAX_AGE}; SameSite=Lax${secure}`;
  const headers = new Headers({
    location: returnPath(locale, request.headers.get("referer")),
    "cache-control": "no-store",
  });
  if (choice.data.text) headers.append("set-cookie", cookie(TEXT_COOKIE, choice.data.text));
  if (choice.data.contrast) headers.append("set-cookie", cookie(CONTRAST_COOKIE, choice.data.contrast));
  return new Response(null, { status: 303, headers });
}

// One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` to the URL in an email's
// List-Unsubscribe header; the signed token names the reader (lib/follow/tokens.ts), who is deleted with
// everything they followed. A GET — a person who opened the email's "Unsubscribe" link — gets a small page
// in their language with one button that POSTs the same: a GET never unsubscribes (link scanners open
// links), and the page needs no JavaScript.
import { NextResponse, type NextRequest } from "next/server";
import { createTranslator } from "next-intl";
import { unsubscribe } from "@/lib/data/subscriptions";
import { verifyToken } from "@/lib/follow/tokens";
import { messagesFor } from "@/i18n/messages";
import { defaultLocale, htmlLang, isLocale } from "@/i18n/routing";
import { escapeHtml } from "@/lib/escape-html";

const text = { "cache-control": "no-store", "content-type": "text/plain; charset=utf-8" };

function params(request: NextRequest) {
  const q = new URL(request.url).searchParams;
  const l = q.get("locale");
  return { token: q.get("token"), locale: l && isLocale(l) ? l : defaultLocale };
}

export async function POST(request: NextRequest) {
  const { token, locale } = params(request);
  if (!verifyToken("manage", token))
    return new NextResponse("Invalid link · 链接无效 · 유효하지 않은 링크입니다\n", { status: 400, headers: text });
  await unsubscribe(token);
  if (
    request.headers.get("content-type")?.startsWith("application/x-www-form-urlencoded") &&
    request.headers.get("accept")?.includes("text/html")
  )
    return NextResponse.redirect(new URL(`/${locale}/subscribe/unsubscribed`, request.url), 303);
  return new NextResponse("Unsubscribed · 已退订 · 구독이 해지되었습니다\n", { status: 200, headers: text });
}

export async function GET(request: NextRequest) {
  const { token, locale } = params(request);
  const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "follow.subscribe" });
  const valid = !!verifyToken("manage", token);
  const action = `/api/follow/unsubscribe?token=${encodeURIComponent(token ?? "")}&locale=${locale}`;
  const body = valid
    ? `<h1>${escapeHtml(t("unsubscribeTitle"))}</h1><p>${escapeHtml(t("unsubscribeLead"))}</p><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${escapeHtml(t("unsubscribeButton"))}</button></form>`
    : `<h1>${escapeHtml(t("unsubscribeTitle"))}</h1><p role="alert">${escapeHtml(t("invalidLink"))}</p>`;
  const html = `<!doctype html><html lang="${htmlLang[locale]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t("unsubscribeTitle"))}</title><style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a}button{font:inherit;font-weight:600;padding:.6rem 1.2rem;border:2px solid #991b1b;color:#991b1b;background:#fff;border-radius:.25rem;cursor:pointer}</style></head><body><main>${body}</main></body></html>`;
  return new NextResponse(html, {
    status: valid ? 200 : 400,
    headers: { "cache-control": "no-store", "content-type": "text/html; charset=utf-8" },
  });
}

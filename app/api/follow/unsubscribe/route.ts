// One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` to the URL in an email's
// List-Unsubscribe header; the signed token names the reader (lib/follow/tokens.ts), who is deleted with
// everything they followed. A GET (a person who opened the URL) goes to the preferences page, whose
// button does the same: a GET never unsubscribes, so link scanners cannot.
import { NextResponse, type NextRequest } from "next/server";
import { unsubscribe } from "@/lib/data/subscriptions";
import { verifyToken } from "@/lib/follow/tokens";
import { siteUrl } from "@/lib/env";

const headers = { "cache-control": "no-store", "content-type": "text/plain; charset=utf-8" };

export async function POST(request: NextRequest) {
  const token = new URL(request.url).searchParams.get("token");
  if (!verifyToken("manage", token)) return new NextResponse("Invalid link · 链接无效 · 유효하지 않은 링크입니다\n", { status: 400, headers });
  await unsubscribe(token);
  return new NextResponse("Unsubscribed · 已退订 · 구독이 해지되었습니다\n", { status: 200, headers });
}

export async function GET(request: NextRequest) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  const target = verifyToken("manage", token) ? `/en/subscribe/preferences?token=${encodeURIComponent(token)}#unsubscribe` : "/en/subscribe";
  return NextResponse.redirect(`${siteUrl()}${target}`, 303);
}

// GET /{locale}/display.css: the stylesheet of the reader's display choices, built from their cookies
// (lib/display.ts). Every page links it; it is private and never cached, so a new choice shows at once
// while the pages themselves stay prerendered.
import { connection } from "next/server";
import { displayCss, choiceFromCookies } from "@/lib/display";

function cookiesOf(request: Request): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const i = part.indexOf("=");
    if (i > 0) out.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  return out;
}

export async function GET(request: Request) {
  await connection();
  const cookies = cookiesOf(request);
  return new Response(displayCss(choiceFromCookies((name) => cookies.get(name))), {
    headers: { "content-type": "text/css; charset=utf-8", "cache-control": "private, no-store", vary: "Cookie" },
  });
}

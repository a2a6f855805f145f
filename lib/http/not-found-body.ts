// Next.js 16.3+ answers a `notFound()` under a locale with status 404 and an empty error shell
// (`<html id="__next_error__">` whose body holds only scripts): the localized not-found page is drawn by the browser
// (vercel/next.js#62228; docs/decisions/001-next-16-2.md). Readers without JavaScript and crawlers would
// get a blank page. scripts/server.ts hands such a response body to `fillNotFoundShell`, which writes the
// page's message into the empty body and its language on <html>; with JavaScript, React replaces the
// document with the full page as before.
import zlib from "node:zlib";
import { htmlLang, isLocale, type Locale } from "@/i18n/routing";
import { escapeHtml as escape } from "@/lib/escape-html";
import zh from "@/messages/zh.json";
import ko from "@/messages/ko.json";
import en from "@/messages/en.json";

const messages: Record<Locale, { title: string; body: string; backHome: string }> = {
  zh: zh.notFound,
  ko: ko.notFound,
  en: en.notFound,
};

const SHELL = '<html id="__next_error__">';
// The shell's body holds only Next.js's scripts; the message goes in front of them.
const BODY = "<body>";

/** The locale a request path belongs to, or undefined outside the locales. */
export function localeOfPath(url: string): Locale | undefined {
  const first = url.split(/[/?#]/)[1];
  return isLocale(first) ? first : undefined;
}

/** The empty error shell with the page's message in it; any other document is returned unchanged. */
export function fillNotFoundShell(html: string, locale: Locale): string {
  if (!html.startsWith("<!DOCTYPE html>" + SHELL) || !html.includes(BODY)) return html;
  const m = messages[locale];
  const body =
    `<body><main style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.6">` +
    `<h1>${escape(m.title)}</h1><p>${escape(m.body)}</p><p><a href="/${locale}">${escape(m.backHome)}</a></p></main>`;
  return html
    .replace(SHELL, `<html id="__next_error__" lang="${htmlLang[locale]}">`)
    .replace(BODY, body)
    .replace(
      "<head>",
      `<head><meta charset="utf-8"/><title>${escape(m.title)}</title><meta name="viewport" content="width=device-width, initial-scale=1"/>`,
    );
}

export type Encoding = "gzip" | "br" | "deflate" | undefined;

/**
 * A held 404 response body (as Next.js encoded it) with the message written into the error shell; the
 * body unchanged when it is not the shell or cannot be decoded.
 */
export function fillNotFoundBody(body: Buffer, encoding: Encoding, locale: Locale): Buffer {
  try {
    const html = decode(body, encoding).toString("utf8");
    const filled = fillNotFoundShell(html, locale);
    return filled === html ? body : encode(Buffer.from(filled, "utf8"), encoding);
  } catch {
    return body;
  }
}

export function decode(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === "gzip") return zlib.gunzipSync(body);
  if (encoding === "br") return zlib.brotliDecompressSync(body);
  if (encoding === "deflate") return zlib.inflateSync(body);
  return body;
}

export function encode(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === "gzip") return zlib.gzipSync(body);
  if (encoding === "br") return zlib.brotliCompressSync(body);
  if (encoding === "deflate") return zlib.deflateSync(body);
  return body;
}

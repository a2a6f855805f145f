// Paths outside any locale (the proxy normally redirects them): a minimal trilingual page.
// Plain links on purpose: this page is outside the locale layouts, and a full page load into a locale is what it wants.
/* eslint-disable @next/next/no-html-link-for-pages -- see above */
import "./globals.css";

export default function RootNotFound() {
  return (
    <html lang="zh-CN">
      <body className="p-8 font-sans">
        <h1 className="text-2xl font-bold">页面不存在 · 페이지를 찾을 수 없습니다 · Page not found</h1>
        <p className="mt-4">
          <a href="/zh" className="underline">
            中文
          </a>{" "}
          ·{" "}
          <a href="/ko" className="underline" lang="ko">
            한국어
          </a>{" "}
          ·{" "}
          <a href="/en" className="underline" lang="en">
            English
          </a>
        </p>
      </body>
    </html>
  );
}

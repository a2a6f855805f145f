// The HTTP answer of a brief route: 404 unless the slug is a published item's (checked against the
// cached list first, so an unknown slug creates no cache entry), else the cached PDF.
import "server-only";
import { isLocale, type Locale } from "@/i18n/routing";

export async function briefResponse(
  params: { locale: string; slug: string },
  published: () => Promise<string[]>,
  render: (locale: Locale, slug: string) => Promise<Uint8Array | null>,
  filename: string,
): Promise<Response> {
  const notFound = () =>
    new Response("Not found · 页面不存在 · 페이지를 찾을 수 없습니다\n", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  const { locale, slug } = params;
  if (!isLocale(locale) || !(await published()).includes(slug)) return notFound();
  const pdf = await render(locale, slug);
  if (!pdf) return notFound();
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${filename}-${locale}.pdf"`,
      "Cache-Control": "public, max-age=0, must-revalidate",
    },
  });
}

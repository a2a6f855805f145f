// The opengraph-image / twitter-image files of the pages share these: alt text, size, and the guarded
// answer (404 for a slug that is not published, without creating a cache entry).
import "server-only";
import { connection } from "next/server";
import { isLocale, type Locale } from "@/i18n/routing";
import { ogSize, pngResponse } from "./image";

export const size = ogSize;
export const contentType = "image/png";

export async function cardResponse(
  params: Promise<{ locale: string; slug?: string }>,
  published: (() => Promise<string[]>) | null,
  render: (locale: Locale, slug: string) => Promise<Uint8Array | null>,
): Promise<Response> {
  // Per request (the PNG itself is cached by tag), like the other generated files.
  await connection();
  const { locale, slug = "" } = await params;
  if (!isLocale(locale)) return pngResponse(null);
  if (published && !(await published()).includes(slug)) return pngResponse(null);
  return pngResponse(await render(locale, slug));
}

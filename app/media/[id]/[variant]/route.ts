// /media/<id>/<width>.webp: one stored WebP variant of an uploaded image (lib/data/admin-media.ts), public
// because the images appear on public pages. Outside the locale segment (proxy.ts leaves /media/ alone).
//
// A variant's bytes never change: an image is never replaced in place (a new upload gets a new id, and a
// deleted id is never reused), so the response may be cached for a year as immutable. Unknown ids, widths
// or malformed addresses are 404 (validated with zod), never 500. Read on request (dynamic params, no
// static params; the bytes are not put into Next's cache on purpose — browsers and CDNs cache them).
import { z } from "zod";
import { getMediaVariant } from "@/lib/data/admin-media";

const paramsSchema = z.object({
  id: z.string().regex(/^[a-z0-9]{8,40}$/),
  variant: z
    .string()
    .regex(/^[1-9][0-9]{0,4}\.webp$/)
    .transform((v) => Number.parseInt(v, 10)),
});

const notFound = () =>
  new Response("Not found · 页面不存在 · 페이지를 찾을 수 없습니다\n", {
    status: 404,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });

export async function GET(_request: Request, { params }: RouteContext<"/media/[id]/[variant]">): Promise<Response> {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return notFound();
  let variant;
  try {
    variant = await getMediaVariant(parsed.data.id, parsed.data.variant);
  } catch (e) {
    console.error("media variant read failed", e);
    return new Response("Temporarily unavailable.\n", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "retry-after": "5" },
    });
  }
  if (!variant) return notFound();
  return new Response(new Uint8Array(variant.data), {
    headers: {
      "content-type": variant.format,
      "content-length": String(variant.data.byteLength),
      "cache-control": "public, max-age=31536000, immutable",
      "x-content-type-options": "nosniff",
      "content-disposition": "inline",
    },
  });
}

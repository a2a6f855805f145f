// The one public read of the media library: the bytes of a stored variant, for the
// /media/<id>/<width>.webp route (app/media/[id]/[variant]/route.ts). Images are shown on public pages.
import "server-only";
import { db } from "@/lib/db";
import { idSchema } from "@/lib/validation/common";

/** The bytes of one stored variant (WebP), or null. */
export async function getMediaVariant(
  id: string,
  width: number,
): Promise<{ data: Uint8Array; format: string; size: number } | null> {
  if (!idSchema.safeParse(id).success || !Number.isInteger(width) || width < 1 || width > 100_000) return null;
  return db.mediaVariant.findUnique({
    where: { mediaId_width_format: { mediaId: id, width, format: "image/webp" } },
    select: { data: true, format: true, size: true },
  });
}

// Checking and converting an uploaded image with sharp (lib/admin/media.ts stores the result). An
// uploaded file is trusted for nothing: its type is what sharp detects in its bytes (not the browser's
// MIME type or the file name), its pixel count is capped before decoding (decompression bombs), it is
// turned upright from its EXIF orientation and re-encoded as WebP without any metadata (no EXIF, GPS or
// camera data is stored or served). The original file is not kept.
import "server-only";
import sharp, { type Metadata, type SharpOptions } from "sharp";

/** Largest accepted image (pixels, width × height) — sharp refuses to decode anything larger. */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Widths of the stored WebP variants (only those not wider than the original; at least one). */
export const VARIANT_WIDTHS = [640, 1280] as const;
export const WEBP_QUALITY = 80;
/** Formats accepted, as sharp's metadata names them (AVIF is "heif" with AV1 compression). */
export const acceptedTypes = "image/jpeg,image/png,image/webp,image/avif,image/gif";

export interface ProcessedVariant {
  width: number;
  height: number;
  data: Buffer;
}

type ProcessResult = { ok: true; variants: ProcessedVariant[] } | { ok: false; code: "notImage" | "tooManyPixels" };

function isAccepted(meta: Metadata): boolean {
  switch (meta.format) {
    case "jpeg":
    case "png":
    case "webp":
    case "gif":
      return true;
    case "heif":
      // HEIC (iPhone photos) is also "heif"; only AVIF (AV1-compressed) is accepted.
      return meta.compression === "av1";
    default:
      return false;
  }
}

type Inspection =
  { ok: true; meta: Metadata; uprightWidth: number } | { ok: false; code: "notImage" | "tooManyPixels" };

const sharpOptions: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error", pages: 1 };

/** Reads the header only (nothing is decoded, so a bomb costs nothing here): format and pixel count. */
export async function inspectImage(input: Buffer): Promise<Inspection> {
  let meta: Metadata;
  try {
    meta = await sharp(input, { ...sharpOptions, limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, code: "notImage" };
  }
  if (!isAccepted(meta) || !meta.width || !meta.height) return { ok: false, code: "notImage" };
  const frameHeight = meta.pageHeight ?? meta.height;
  if (meta.width * frameHeight > MAX_INPUT_PIXELS) return { ok: false, code: "tooManyPixels" };
  // Width once turned upright (orientations 5–8 swap the sides).
  return { ok: true, meta, uprightWidth: (meta.orientation ?? 1) >= 5 ? frameHeight : meta.width };
}

/**
 * Detects the format from the bytes, refuses anything but JPEG/PNG/WebP/AVIF/GIF and images over
 * MAX_INPUT_PIXELS, then renders upright WebP variants at VARIANT_WIDTHS (never enlarged; a narrower
 * image gets one variant at its own width). sharp writes no metadata unless asked (no withMetadata here).
 */
export async function processImage(input: Buffer): Promise<ProcessResult> {
  const inspected = await inspectImage(input);
  if (!inspected.ok) return inspected;
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w <= inspected.uprightWidth);
  if (widths.length === 0) widths.push(inspected.uprightWidth);
  try {
    const base = sharp(input, sharpOptions).rotate();
    const variants = await Promise.all(
      widths.map(async (w) => {
        const { data, info } = await base
          .clone()
          .resize({ width: w, withoutEnlargement: true })
          .webp({ quality: WEBP_QUALITY })
          .toBuffer({ resolveWithObject: true });
        return { width: info.width, height: info.height, data };
      }),
    );
    return { ok: true, variants };
  } catch (e) {
    // Corrupt data past the header, or sharp's own pixel guard.
    const message = e instanceof Error ? e.message : "";
    return { ok: false, code: /pixel limit/i.test(message) ? "tooManyPixels" : "notImage" };
  }
}

// The media library against a real, migrated and seeded database (TEST_DATABASE_URL's server when set,
// else an embedded PGlite), with real images made by sharp: who may upload, what is stored (upright WebP
// variants at 640/1280, no EXIF), what is refused (not an image, disguised files, decompression bombs,
// too large, missing alt text) with nothing written, alt text per locale with optimistic concurrency,
// lead images of news articles, deletion, and the public reads (variant bytes, the article's hero image).
import zlib from "node:zlib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import type { AdminUser } from "@/lib/auth/permissions";
import { makeUsers } from "../support/factories";

let app: AppDatabase;
let db: Db;
let media: typeof import("@/lib/admin/media");
let news: typeof import("@/lib/data/news");

const SLUG = "china-rok-zone-new-track"; // original: en
const users = {} as Record<"admin" | "editor" | "koTranslator" | "zhTranslator", AdminUser>;

/** A photo-like JPEG, 2000×1500 as stored, with EXIF saying "rotate 90° clockwise" (so upright 1500×2000) and camera data. */
async function rotatedJpeg() {
  return sharp({ create: { width: 2000, height: 1500, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .composite([
      {
        input: { create: { width: 400, height: 300, channels: 3, background: { r: 0, g: 0, b: 255 } } },
        left: 0,
        top: 0,
      },
    ])
    .jpeg({ quality: 90 })
    .withExif({ IFD0: { Make: "SecretCam", Model: "Model-X", Copyright: "exif-marker-123" } })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 4, background: { r: 10, g: 120, b: 60, alpha: 1 } } })
    .png()
    .toBuffer();

/** A PNG whose header claims width×height pixels, with a token of data: a decompression bomb's shape. */
function bombPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(2, 9); // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(Buffer.alloc(1024))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const file = (data: Buffer | string, name: string, type = "image/jpeg") =>
  new File([typeof data === "string" ? data : new Uint8Array(data)], name, { type });

const upload = (over: Record<string, unknown> = {}) => ({
  filename: "photo.jpg",
  credit: "长春新区",
  originalLocale: "zh",
  alt: { zh: "新区的红色厂房", ko: "", en: "" },
  ...over,
});

const counts = async () => ({
  media: await db.media.count(),
  variants: await db.mediaVariant.count(),
  translations: await db.mediaTranslation.count(),
  audits: await db.auditLog.count({ where: { action: { startsWith: "media." } } }),
  revisions: await db.revision.count({ where: { entityType: "media-translation" } }),
});

beforeAll(async () => {
  app = await appDatabase("media", { seed: true });
  db = app.db;
  media = await import("@/lib/admin/media");
  news = await import("@/lib/data/news");
  // zhTranslator is assigned Chinese, the image's original language: its original-language text is an editor's to change.
  Object.assign(users, await makeUsers(db, ["admin", "editor", "koTranslator", "zhTranslator"]));
});

afterAll(async () => {
  await app?.close();
});

let photoId = "";

describe("uploading", () => {
  it("refuses anonymous users and translators, writing nothing", async () => {
    const before = await counts();
    const input = upload({ file: file(await png(100, 100), "a.png", "image/png") });
    expect(await media.uploadMedia(null, input)).toEqual({ ok: false, error: "forbidden" });
    expect(await media.uploadMedia(users.koTranslator, input)).toEqual({ ok: false, error: "forbidden" });
    expect(await counts()).toEqual(before);
  });

  it("stores an editor's JPEG upright as WebP at 640 and 1280 wide, without EXIF, with alt text and an audit row", async () => {
    const before = await counts();
    const r = await media.uploadMedia(
      users.editor,
      upload({
        file: file(await rotatedJpeg(), "IMG_0001.JPG"),
        filename: "",
        alt: { zh: "新区的红色厂房", ko: "신구의 붉은 공장", en: "" },
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    photoId = r.id;
    const m = await db.media.findUniqueOrThrow({
      where: { id: r.id },
      include: { variants: { orderBy: { width: "asc" } }, translations: true },
    });
    // EXIF orientation 6 turns 2000×1500 into an upright 1500×2000; 1280 wide keeps that ratio.
    expect(m).toMatchObject({
      filename: "IMG_0001.JPG",
      width: 1280,
      height: 1707,
      credit: "长春新区",
      originalLocale: "zh",
      version: 1,
      createdById: users.editor.id,
    });
    expect(m.variants.map((v) => [v.width, v.height, v.format])).toEqual([
      [640, 853, "image/webp"],
      [1280, 1707, "image/webp"],
    ]);
    for (const v of m.variants) {
      const meta = await sharp(Buffer.from(v.data)).metadata();
      expect(meta.format).toBe("webp");
      expect([meta.width, meta.height]).toEqual([v.width, v.height]);
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(v.size).toBe(v.data.length);
      expect(Buffer.from(v.data).includes("SecretCam")).toBe(false);
      expect(Buffer.from(v.data).includes("exif-marker-123")).toBe(false);
    }
    // The blue block was top-left before turning; after a 90° clockwise turn it is top-right.
    const { data, info } = await sharp(Buffer.from(m.variants[0]!.data)).raw().toBuffer({ resolveWithObject: true });
    const px = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
    ];
    expect(px(info.width - 20, 20)[2]).toBeGreaterThan(200);
    expect(px(20, 20)[0]).toBeGreaterThan(150);
    expect(m.translations.map((t) => [t.locale, t.alt, t.revision, t.sourceRevision]).sort()).toEqual([
      ["ko", "신구의 붉은 공장", 1, 1],
      ["zh", "新区的红色厂房", 1, null],
    ]);
    expect(await counts()).toEqual({
      ...before,
      media: before.media + 1,
      variants: before.variants + 2,
      translations: before.translations + 2,
      audits: before.audits + 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "media.upload" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ userId: users.editor.id, target: `media:${r.id}` });
  });

  it("lets an admin upload PNG, GIF and AVIF; narrower images get only the widths they have (never enlarged)", async () => {
    const cases = [
      { buf: await png(800, 600), name: "wide.png", widths: [640] },
      { buf: await png(300, 200), name: "small.png", widths: [300] },
      {
        buf: await sharp({ create: { width: 700, height: 400, channels: 3, background: "#336699" } })
          .gif()
          .toBuffer(),
        name: "a.gif",
        widths: [640],
      },
      {
        buf: await sharp({ create: { width: 1400, height: 700, channels: 3, background: "#993366" } })
          .avif({ quality: 40, effort: 0 })
          .toBuffer(),
        name: "a.avif",
        widths: [640, 1280],
      },
      {
        buf: await sharp({ create: { width: 1300, height: 100, channels: 3, background: "#000" } })
          .webp()
          .toBuffer(),
        name: "a.webp",
        widths: [640, 1280],
      },
    ];
    for (const c of cases) {
      // The declared type and name say nothing: the bytes decide.
      const r = await media.uploadMedia(
        users.admin,
        upload({
          file: file(c.buf, c.name, "application/octet-stream"),
          alt: { zh: "", ko: "", en: "An image" },
          originalLocale: "en",
        }),
      );
      expect(r.ok, c.name).toBe(true);
      if (!r.ok) continue;
      const variants = await db.mediaVariant.findMany({ where: { mediaId: r.id }, orderBy: { width: "asc" } });
      expect(
        variants.map((v) => v.width),
        c.name,
      ).toEqual(c.widths);
    }
  });

  it("refuses files that are not images in an accepted format, with a field error and nothing stored", async () => {
    const before = await counts();
    const refused = [
      file("just some text, not a photo", "photo.jpg", "image/jpeg"),
      file(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'), "vector.png", "image/png"),
      file(
        await sharp({ create: { width: 50, height: 50, channels: 3, background: "#fff" } })
          .tiff()
          .toBuffer(),
        "scan.jpg",
        "image/jpeg",
      ),
      file((await rotatedJpeg()).subarray(0, 600), "truncated.jpg", "image/jpeg"),
    ];
    for (const f of refused) {
      expect(await media.uploadMedia(users.editor, upload({ file: f })), f.name).toEqual({
        ok: false,
        error: "invalid",
        fieldErrors: { file: "notImage" },
      });
    }
    expect(await counts()).toEqual(before);
  });

  it("refuses decompression bombs and files over 10 MB, nothing stored", async () => {
    const before = await counts();
    expect(
      await media.uploadMedia(users.editor, upload({ file: file(bombPng(30_000, 30_000), "bomb.png", "image/png") })),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { file: "tooManyPixels" },
    });
    const big = new File([new Uint8Array(media.MAX_UPLOAD_BYTES + 1)], "big.jpg", { type: "image/jpeg" });
    expect(await media.uploadMedia(users.editor, upload({ file: big }))).toMatchObject({
      ok: false,
      error: "invalid",
      fieldErrors: { file: "tooLarge" },
    });
    expect(await media.uploadMedia(users.editor, upload({ file: new File([], "") }))).toMatchObject({
      fieldErrors: { file: "required" },
    });
    expect(await media.uploadMedia(users.editor, upload({ file: undefined }))).toMatchObject({
      fieldErrors: { file: "invalid" },
    });
    expect(await counts()).toEqual(before);
  });

  it("requires the original language's alt text (max 300 characters each)", async () => {
    const before = await counts();
    const f = file(await png(100, 100), "a.png", "image/png");
    expect(
      await media.uploadMedia(
        users.editor,
        upload({ file: f, originalLocale: "ko", alt: { zh: "有中文", ko: "  ", en: "" } }),
      ),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { "alt.ko": "required" },
    });
    expect(
      await media.uploadMedia(users.editor, upload({ file: f, alt: { zh: "字".repeat(301), ko: "", en: "" } })),
    ).toMatchObject({
      fieldErrors: { "alt.zh": "tooLong" },
    });
    expect(await media.uploadMedia(users.editor, upload({ file: f, originalLocale: "fr" }))).toMatchObject({
      fieldErrors: { originalLocale: "invalid" },
    });
    // Both at once: the file is checked even when another field is wrong.
    expect(
      await media.uploadMedia(users.editor, upload({ file: file("text", "x.jpg"), alt: { zh: "", ko: "", en: "" } })),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { "alt.zh": "required", file: "notImage" },
    });
    expect(await counts()).toEqual(before);
  });
});

describe("alt text and caption", () => {
  const version = async () => (await db.media.findUniqueOrThrow({ where: { id: photoId } })).version;

  it("lets a ko translator save the Korean text only (no credit, no other language)", async () => {
    const before = await counts();
    let v = await version();
    expect(
      await media.saveMediaText(users.koTranslator, { id: photoId, locale: "zh", alt: "改", expectedVersion: v }),
    ).toEqual({ ok: false, error: "forbidden" });
    expect(
      await media.saveMediaText(users.koTranslator, {
        id: photoId,
        locale: "ko",
        alt: "고침",
        credit: "x",
        expectedVersion: v,
      }),
    ).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await media.saveMediaText(null, { id: photoId, locale: "ko", alt: "고침", expectedVersion: v })).toEqual({
      ok: false,
      error: "forbidden",
    });
    // A translator of the original's language may not change the original alt text or caption either.
    expect(
      await media.saveMediaText(users.zhTranslator, {
        id: photoId,
        locale: "zh",
        alt: "改",
        caption: "改",
        expectedVersion: v,
      }),
    ).toEqual({
      ok: false,
      error: "forbidden",
    });
    const forZh = await media.getMediaForEditing(users.zhTranslator, photoId, "en");
    expect(forZh.ok && forZh.item.editable.map((e) => e.locale)).toEqual([]);
    expect(await counts()).toEqual(before);
    expect(await version()).toBe(v);

    const r = await media.saveMediaText(users.koTranslator, {
      id: photoId,
      locale: "ko",
      alt: "장춘 신구의 붉은 공장 건물",
      caption: "신구 전경",
      expectedVersion: v,
    });
    expect(r).toEqual({ ok: true, version: v + 1 });
    v += 1;
    const ko = await db.mediaTranslation.findUniqueOrThrow({
      where: { mediaId_locale: { mediaId: photoId, locale: "ko" } },
    });
    expect(ko).toMatchObject({
      alt: "장춘 신구의 붉은 공장 건물",
      caption: "신구 전경",
      revision: 2,
      sourceRevision: 1,
    });
    expect(await counts()).toEqual({ ...before, audits: before.audits + 1, revisions: before.revisions + 1 });
    const rev = await db.revision.findFirstOrThrow({
      where: { entityType: "media-translation" },
      orderBy: { createdAt: "desc" },
    });
    expect(rev).toMatchObject({ entityId: ko.id, locale: "ko", version: v, userId: users.koTranslator.id });
    expect(rev.data).toMatchObject({ mediaId: photoId, alt: "장춘 신구의 붉은 공장 건물", revision: 2 });

    // The editing view shows a translator only their language (and the original beside it).
    const view = await media.getMediaForEditing(users.koTranslator, photoId, "ko");
    expect(view.ok && view.item.editable.map((e) => e.locale)).toEqual(["ko"]);
    expect(view.ok && view.item.original?.alt).toBe("新区的红色厂房");
    expect(view.ok && view.item.canManage).toBe(false);
    expect(view.ok && view.item.articles).toEqual([]);
    const list = await media.listMedia(users.koTranslator);
    expect(list.ok && list.items.find((i) => i.id === photoId)?.alts.map((a) => a.locale)).toEqual(["zh", "ko"]);
    expect(list.ok && list.canUpload).toBe(false);
  });

  it("refuses a stale save (nothing written), accepts the editor's with a new credit, creates missing languages", async () => {
    const v = await version();
    const before = await counts();
    expect(
      await media.saveMediaText(users.editor, { id: photoId, locale: "en", alt: "Old view", expectedVersion: v - 1 }),
    ).toEqual({ ok: false, error: "stale" });
    expect(await counts()).toEqual(before);
    expect(await version()).toBe(v);

    const r = await media.saveMediaText(users.editor, {
      id: photoId,
      locale: "en",
      alt: "A red factory building in the new area",
      caption: "",
      credit: "长春新区管委会",
      expectedVersion: v,
    });
    expect(r).toEqual({ ok: true, version: v + 1 });
    const m = await db.media.findUniqueOrThrow({ where: { id: photoId }, include: { translations: true } });
    expect(m.credit).toBe("长春新区管委会");
    expect(m.translations.find((t) => t.locale === "en")).toMatchObject({
      alt: "A red factory building in the new area",
      revision: 1,
      sourceRevision: 1,
    });
    expect(await counts()).toMatchObject({
      translations: before.translations + 1,
      revisions: before.revisions + 1,
      audits: before.audits + 1,
    });

    // Saving the original marks translations made from the older revision as outdated.
    expect(
      await media.saveMediaText(users.editor, {
        id: photoId,
        locale: "zh",
        alt: "长春新区的红色厂房",
        expectedVersion: v + 1,
      }),
    ).toMatchObject({ ok: true });
    const view = await media.getMediaForEditing(users.editor, photoId, "en");
    expect(view.ok && view.item.editable.map((e) => [e.locale, e.outdated])).toEqual([
      ["zh", false],
      ["ko", true],
      ["en", true],
    ]);
  });

  it("validates: empty alt, too long, unknown image or locale", async () => {
    const v = await version();
    expect(
      await media.saveMediaText(users.editor, { id: photoId, locale: "en", alt: " ", expectedVersion: v }),
    ).toEqual({
      ok: false,
      error: "invalid",
      fieldErrors: { alt: "required" },
    });
    expect(
      await media.saveMediaText(users.editor, {
        id: photoId,
        locale: "en",
        alt: "a",
        caption: "c".repeat(1001),
        expectedVersion: v,
      }),
    ).toMatchObject({
      fieldErrors: { caption: "tooLong" },
    });
    expect(
      await media.saveMediaText(users.editor, {
        id: "cnosuchimage000000000000",
        locale: "en",
        alt: "a",
        expectedVersion: 1,
      }),
    ).toEqual({ ok: false, error: "notFound" });
    expect(
      await media.saveMediaText(users.editor, { id: photoId, locale: "fr", alt: "a", expectedVersion: v }),
    ).toMatchObject({ fieldErrors: { locale: "invalid" } });
    expect(await media.getMediaForEditing(users.editor, "../etc/passwd")).toEqual({ ok: false, error: "notFound" });
    expect(await media.getMediaForEditing(null, photoId)).toEqual({ ok: false, error: "forbidden" });
  });
});

describe("lead image of a news article, public reads, deletion", () => {
  const article = () => db.newsArticle.findUniqueOrThrow({ where: { slug: SLUG } });

  it("lets an editor set the lead image (version-checked); the public article shows it with alt text per locale", async () => {
    const a = await article();
    expect(
      await media.setNewsHeroImage(users.koTranslator, { slug: SLUG, mediaId: photoId, expectedVersion: a.version }),
    ).toEqual({ ok: false, error: "forbidden" });
    expect(
      await media.setNewsHeroImage(users.editor, { slug: SLUG, mediaId: photoId, expectedVersion: a.version + 1 }),
    ).toEqual({ ok: false, error: "stale" });
    expect(
      await media.setNewsHeroImage(users.editor, {
        slug: SLUG,
        mediaId: "cnosuchimage000000000000",
        expectedVersion: a.version,
      }),
    ).toEqual({ ok: false, error: "notFound" });
    expect((await article()).heroImageId).toBeNull();

    expect(
      await media.setNewsHeroImage(users.editor, { slug: SLUG, mediaId: photoId, expectedVersion: a.version }),
    ).toEqual({ ok: true, version: a.version + 1 });
    expect(await article()).toMatchObject({ heroImageId: photoId, version: a.version + 1 });
    expect(await db.auditLog.findFirst({ where: { action: "news.hero", target: `news:${SLUG}` } })).toMatchObject({
      details: { from: null, to: photoId },
    });

    const ko = await news.getNewsArticle("ko", SLUG);
    expect(ko?.heroImage).toMatchObject({
      id: photoId,
      width: 1280,
      height: 1707,
      widths: [640, 1280],
      alt: { text: "장춘 신구의 붉은 공장 건물", lang: "ko" },
      caption: { text: "신구 전경", lang: "ko" },
      credit: { text: "长春新区管委会", lang: "zh" },
    });
    const zh = await news.getNewsArticle("zh", SLUG);
    expect(zh?.heroImage?.alt).toEqual({ text: "长春新区的红色厂房", lang: "zh" });
    expect(zh?.heroImage?.caption).toBeNull();

    const { getMediaVariant } = await import("@/lib/data/media");
    const variant = await getMediaVariant(photoId, 1280);
    expect(variant?.format).toBe("image/webp");
    expect((await sharp(Buffer.from(variant!.data)).metadata()).width).toBe(1280);
    expect(await getMediaVariant(photoId, 999)).toBeNull();
    expect(await getMediaVariant("nope", 640)).toBeNull();
  });

  it("refuses a stale delete; a delete removes variants and texts and the article's lead image", async () => {
    const m = await db.media.findUniqueOrThrow({ where: { id: photoId } });
    const a = await article();
    expect(await media.deleteMedia(users.koTranslator, { id: photoId, expectedVersion: m.version })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await media.deleteMedia(users.editor, { id: photoId, expectedVersion: m.version - 1 })).toEqual({
      ok: false,
      error: "stale",
    });
    expect(await db.media.count({ where: { id: photoId } })).toBe(1);

    expect(await media.deleteMedia(users.admin, { id: photoId, expectedVersion: m.version })).toMatchObject({
      ok: true,
    });
    expect(await db.media.count({ where: { id: photoId } })).toBe(0);
    expect(await db.mediaVariant.count({ where: { mediaId: photoId } })).toBe(0);
    expect(await db.mediaTranslation.count({ where: { mediaId: photoId } })).toBe(0);
    expect(await article()).toMatchObject({ heroImageId: null, version: a.version + 1 });
    expect(
      await db.auditLog.findFirst({ where: { action: "media.delete", target: `media:${photoId}` } }),
    ).toMatchObject({ userId: users.admin.id, details: { news: [SLUG] } });
    expect((await news.getNewsArticle("ko", SLUG))?.heroImage).toBeNull();
    expect(await media.deleteMedia(users.admin, { id: photoId, expectedVersion: m.version + 1 })).toEqual({
      ok: false,
      error: "notFound",
    });
  });
});

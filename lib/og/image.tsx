// OpenGraph/Twitter images of the public pages, drawn in the page's language with next/og (satori): the
// site's name, what the page is (a zone's kind, a policy's issuer, a news kind), its title and date. The
// locale's face of Noto Sans CJK is cut from Debian's collection and subset with HarfBuzz to the
// characters of this one image (lib/fonts/cjk.ts, docs/decisions/009-cjk-fonts-for-generated-files.md).
import { ImageResponse } from "next/og";
import subsetFont from "subset-font";
import type { Locale } from "@/i18n/routing";
import { cjkFace } from "@/lib/fonts/cjk";

export const ogSize = { width: 1200, height: 630 } as const;

export interface OgCard {
  locale: Locale;
  site: string;
  kicker: string;
  title: string;
  /** A formatted date line, when the page has one. */
  date?: string | null;
}

export interface OgFont {
  name: string;
  data: ArrayBuffer | Buffer;
  weight: 400 | 700;
}

const clip = (text: string, max: number) =>
  [...text].length <= max ? text : `${[...text].slice(0, max - 1).join("")}…`;

/** The fonts of one card: the locale's regular and bold faces, each subset to the card's characters. */
async function cardFonts(card: OgCard, text: string): Promise<OgFont[]> {
  const [regular, bold] = await Promise.all([
    subsetFont(cjkFace(card.locale, "regular"), text, { targetFormat: "sfnt" }),
    subsetFont(cjkFace(card.locale, "bold"), text, { targetFormat: "sfnt" }),
  ]);
  return [
    { name: "Noto Sans CJK", data: regular, weight: 400 },
    { name: "Noto Sans CJK", data: bold, weight: 700 },
  ];
}

/**
 * The card as PNG bytes. `fonts` replaces the CJK faces (the tests draw the same card with a font that
 * lacks Hangul to show the real one's glyphs are there).
 */
export async function renderOgPng(input: OgCard, fonts?: OgFont[]): Promise<Uint8Array> {
  const card = { ...input, title: clip(input.title, 80), kicker: clip(input.kicker, 60) };
  const text = [card.site, card.kicker, card.title, card.date ?? ""].join("");
  const length = [...card.title].length;
  const cjk = card.locale !== "en";
  const titleSize = length <= (cjk ? 16 : 30) ? 72 : length <= (cjk ? 32 : 60) ? 58 : 46;
  const res = new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: "#0b3a66",
        color: "#ffffff",
        padding: "56px 72px",
        fontFamily: fonts ? fonts[0]!.name : "Noto Sans CJK",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", fontSize: 28, color: "#cfe0f5" }}>
        <div style={{ width: 14, height: 44, background: "#f2a900", marginRight: 20 }} />
        {card.site}
      </div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 30, color: "#f2c14e", marginBottom: 18 }}>{card.kicker}</div>
        <div style={{ fontSize: titleSize, fontWeight: 700, lineHeight: 1.2 }}>{card.title}</div>
      </div>
      <div style={{ display: "flex", fontSize: 26, color: "#cfe0f5", minHeight: 32 }}>{card.date ?? ""}</div>
    </div>,
    { ...ogSize, fonts: (fonts ?? (await cardFonts(card, text))).map((f) => ({ ...f, style: "normal" as const })) },
  );
  return new Uint8Array(await res.arrayBuffer());
}

/** The HTTP answer of an image route. */
export function pngResponse(png: Uint8Array | null): Response {
  if (!png)
    return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(Buffer.from(png), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=3600" },
  });
}

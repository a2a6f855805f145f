// /{locale}/zones/<slug>/brief.pdf: the zone's brief in the reader's language (lib/briefs).
import { connection } from "next/server";
import { getZoneSlugs } from "@/lib/data/zones";
import { zoneBriefPdf } from "@/lib/briefs/briefs";
import { briefResponse } from "@/lib/briefs/respond";

export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  // Per request, like the other generated files (fact-sheet.csv); the PDF itself is cached by tag.
  await connection();
  const p = await params;
  return briefResponse(p, getZoneSlugs, zoneBriefPdf, p.slug);
}

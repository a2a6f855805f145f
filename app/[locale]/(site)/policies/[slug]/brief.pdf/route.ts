// /{locale}/policies/<slug>/brief.pdf: the policy's brief in the reader's language (lib/briefs).
import { connection } from "next/server";
import { getPolicySlugs } from "@/lib/data/policies";
import { policyBriefPdf } from "@/lib/briefs/briefs";
import { briefResponse } from "@/lib/briefs/respond";

export async function GET(_req: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  // Per request, like the other generated files (fact-sheet.csv); the PDF itself is cached by tag.
  await connection();
  const p = await params;
  return briefResponse(p, getPolicySlugs, policyBriefPdf, p.slug);
}

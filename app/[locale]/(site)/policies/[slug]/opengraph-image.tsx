// A policy's OpenGraph image in the page's language: the zones it concerns, its title and date of issue.
import { getPolicySlugs } from "@/lib/data/policies";
import { policyOgPng } from "@/lib/og/cards";
import { cardResponse } from "@/lib/og/route";

export { size, contentType } from "@/lib/og/route";

export default function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  return cardResponse(params, getPolicySlugs, policyOgPng);
}

// /{locale}/zones/compare/<a~b~c>: the comparison table of the chosen zones. proxy.ts rewrites the picker's
// ?z=a&z=b here, so the shared address stays /zones/compare?z=a&z=b while the page is rendered from a path
// parameter: fully in the HTML (no searchParams, no streamed boundary), readable without JavaScript.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { getZoneSlugs } from "@/lib/data/zones";
import { parseZoneComparison, zoneSetSeparator } from "@/lib/validation/filters";
import { CompareFrame, ZoneComparison } from "@/components/zones/zone-comparison";
import { pageMetadata } from "@/lib/seo";

const pickedOf = (set: string) => parseZoneComparison({ z: decodeURIComponent(set).split(zoneSetSeparator) });

export async function generateStaticParams() {
  // One pair is prerendered (the build checks the route with it); other choices render on first request.
  const [a, b] = (await getZoneSlugs()).sort();
  return a && b ? [{ set: `${a}${zoneSetSeparator}${b}` }] : [];
}

export async function generateMetadata({ params }: PageProps<"/[locale]/zones/compare/[set]">): Promise<Metadata> {
  const { locale, set } = (await params) as { locale: Locale; set: string };
  const t = await getTranslations({ locale, namespace: "compare" });
  const query = pickedOf(set)
    .zones.map((z) => `z=${z}`)
    .join("&");
  return {
    ...(await pageMetadata({ locale, path: `/zones/compare?${query}`, title: t("title"), description: t("lead") })),
    // One page per choice of zones: shareable, but not for the index.
    robots: { index: false, follow: true },
  };
}

export default async function ComparisonPage({ params }: PageProps<"/[locale]/zones/compare/[set]">) {
  const { locale, set } = (await params) as { locale: Locale; set: string };
  setRequestLocale(locale);
  return (
    <CompareFrame locale={locale}>
      <ZoneComparison locale={locale} picked={pickedOf(set)} />
    </CompareFrame>
  );
}

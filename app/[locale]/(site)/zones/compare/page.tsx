// /{locale}/zones/compare: the zone picker. The form's ?z=a&z=b is rewritten by proxy.ts to
// /zones/compare/<a~b> (./[set]/page.tsx), which renders the table.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { CompareFrame, ZoneComparison } from "@/components/zones/zone-comparison";
import { pageMetadata } from "@/lib/seo";
import { paths } from "@/lib/routes";

export async function generateMetadata({ params }: PageProps<"/[locale]/zones/compare">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "compare" });
  return pageMetadata({ locale, path: paths.zoneCompare, title: t("title"), description: t("lead") });
}

export default async function ComparePage({ params }: PageProps<"/[locale]/zones/compare">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return (
    <CompareFrame locale={locale}>
      <ZoneComparison locale={locale} picked={{ zones: [], tooMany: false }} />
    </CompareFrame>
  );
}

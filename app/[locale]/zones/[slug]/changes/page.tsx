// /{locale}/zones/<slug>/changes: every change of the zone's profile published in this language, with its note.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import { getZone, getZoneSlugs } from "@/lib/data/zones";
import { getChangeHistory } from "@/lib/data/changes";
import { BackLink, ChangeList, ChangesHeader, changesMetadata } from "@/components/follow/change-list";

type Props = PageProps<"/[locale]/zones/[slug]/changes">;

export async function generateStaticParams() {
  return (await getZoneSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  return changesMetadata(locale, `/zones/${slug}`, (await getZone(locale, slug))?.name);
}

export default async function ZoneChangesPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [zone, history, tn] = await Promise.all([
    getZone(locale, slug),
    getChangeHistory(locale, "zone", slug),
    getTranslations({ locale, namespace: "nav" }),
  ]);
  if (!zone) notFound();
  const base = `/zones/${slug}`;
  return (
    <>
      <ChangesHeader
        locale={locale}
        section={{ href: "/zones", label: tn("zones") }}
        base={base}
        title={zone.name}
        titleLang={htmlLang[zone.lang]}
      />
      <ChangeList locale={locale} changes={history.changes} base={base} />
      <BackLink locale={locale} base={base} />
    </>
  );
}

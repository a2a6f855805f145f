// The two columns of a zone's profile page (page.tsx): its text (positioning, goals, profile, source) and
// the aside (key facts, industries, the layout link, related zones).
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { ZoneProfile } from "@/lib/data/zones";
import { SourceNote } from "@/components/ui/source-note";
import { Markdown } from "@/components/ui/markdown";
import { langAttr } from "@/components/ui/lang";
import { paths } from "@/lib/routes";

export async function ZoneText({ locale, zone }: { locale: Locale; zone: ZoneProfile }) {
  const t = await getTranslations({ locale, namespace: "zone" });
  return (
    <div className="space-y-10 lg:col-span-2">
      {zone.positioning && (
        <section aria-labelledby="positioning">
          <h2 id="positioning" className="text-2xl font-bold text-brand-900">
            {t("positioning")}
          </h2>
          <Markdown>{zone.positioning}</Markdown>
        </section>
      )}
      {(zone.goals2025 || zone.goals2035) && (
        <section aria-labelledby="goals">
          <h2 id="goals" className="text-2xl font-bold text-brand-900">
            {t("goals")}
          </h2>
          {zone.goals2025 && (
            <>
              <h3 className="mt-4 text-lg font-semibold text-brand-800">{t("goals2025")}</h3>
              <Markdown>{zone.goals2025}</Markdown>
            </>
          )}
          {zone.goals2035 && (
            <>
              <h3 className="mt-4 text-lg font-semibold text-brand-800">{t("goals2035")}</h3>
              <Markdown>{zone.goals2035}</Markdown>
            </>
          )}
        </section>
      )}
      {zone.body && (
        <section aria-labelledby="profile">
          <h2 id="profile" className="text-2xl font-bold text-brand-900">
            {t("profile")}
          </h2>
          <Markdown>{zone.body}</Markdown>
        </section>
      )}
      {zone.source && (
        <p className="text-sm text-slate-600">
          <SourceNote locale={locale} source={zone.source} />
        </p>
      )}
    </div>
  );
}

export async function ZoneAside({
  locale,
  zone,
  facts,
}: {
  locale: Locale;
  zone: ZoneProfile;
  facts: { label: string; value: string }[];
}) {
  const t = await getTranslations({ locale, namespace: "zone" });
  const slug = zone.slug;
  return (
    <aside className="space-y-8">
      {facts.length > 0 && (
        <section aria-labelledby="facts" className="rounded-lg border border-slate-200 bg-brand-50 p-5">
          <h2 id="facts" className="text-lg font-bold text-brand-900">
            {t("keyFacts")}
          </h2>
          <dl className="mt-3 space-y-3">
            {facts.map((f) => (
              <div key={f.label}>
                <dt className="text-sm text-slate-600">{f.label}</dt>
                <dd className="text-lg font-semibold text-brand-900">{f.value}</dd>
              </div>
            ))}
          </dl>
          {zone.source && (
            <p className="mt-4 border-t border-brand-100 pt-3">
              <SourceNote locale={locale} source={zone.source} className="text-xs text-slate-600" />
            </p>
          )}
        </section>
      )}
      {zone.industries.length > 0 && (
        <section aria-labelledby="industries">
          <h2 id="industries" className="text-lg font-bold text-brand-900">
            {t("industries")}
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {zone.industries.map((i) => (
              <li key={i} className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-800">
                {i}
              </li>
            ))}
          </ul>
        </section>
      )}
      {slug === "china-rok-changchun" && (
        <p>
          <Link href={paths.spatialLayout()} className="font-semibold text-brand-700 underline">
            {t("layoutLink")}
          </Link>
        </p>
      )}
      {zone.relations.length > 0 && (
        <section aria-labelledby="relations">
          <h2 id="relations" className="text-lg font-bold text-brand-900">
            {t("relations")}
          </h2>
          <ul className="mt-3 space-y-2 text-sm">
            {zone.relations.map((r) => (
              <li key={`${r.kind}-${r.direction}-${r.slug}`}>
                <span className="text-slate-600">
                  {r.direction === "to"
                    ? t(`relation.${r.kind}` as "relation.part_of")
                    : t(`relationInverse.${r.kind}` as "relationInverse.part_of")}
                  :
                </span>{" "}
                <Link href={paths.zone(r.slug)} className="text-brand-700 underline" lang={langAttr(locale, r.lang)}>
                  {r.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}

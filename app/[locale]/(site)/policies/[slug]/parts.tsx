// The two columns of a policy document's page (page.tsx): the aside (the document's details, topics, zones
// and the table of contents) and the text (preamble, numbered sections and articles with their permalinks).
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import type { PolicyDocument } from "@/lib/data/policies";
import { getZones } from "@/lib/data/zones";
import { joinList } from "@/lib/format";
import { Markdown } from "@/components/ui/markdown";
import { langAttr } from "@/components/ui/lang";
import { CopyLink } from "@/components/policies/copy-link";
import { paths } from "@/lib/routes";

export async function PolicyAside({
  locale,
  policy,
  meta,
}: {
  locale: Locale;
  policy: PolicyDocument;
  meta: { label: string; value: string }[];
}) {
  const [t, tt, zones] = await Promise.all([
    getTranslations({ locale, namespace: "policies" }),
    getTranslations({ locale, namespace: "topics" }),
    getZones(locale),
  ]);
  const lang = langAttr(locale, policy.lang);
  const zoneName = new Map(zones.map((z) => [z.slug, z]));
  return (
    <aside className="space-y-8 lg:sticky lg:top-4 lg:self-start" lang={lang ? locale : undefined}>
      <section aria-labelledby="doc-meta" className="rounded-lg border border-slate-200 bg-brand-50 p-4">
        <h2 id="doc-meta" className="font-bold text-brand-900">
          {t("metadata")}
        </h2>
        <dl className="mt-3 space-y-2 text-sm">
          {meta.map((m) => (
            <div key={m.label}>
              <dt className="text-slate-600">{m.label}</dt>
              <dd className="font-semibold text-slate-900" lang={lang}>
                {m.value}
              </dd>
            </div>
          ))}
          <div>
            <dt className="text-slate-600">{t("topics")}</dt>
            <dd>
              {joinList(
                locale,
                policy.topics.map((x) => tt(x as "planning")),
              )}
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("zones")}</dt>
            <dd>
              <ul className="space-y-1">
                {policy.zones.map((z) => (
                  <li key={z}>
                    <Link href={paths.zone(z)} className="inline-block py-1 text-brand-700 underline">
                      {zoneName.get(z)?.shortName ?? z}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        </dl>
      </section>
      <nav aria-labelledby="toc" className="no-print max-h-[70vh] overflow-y-auto text-sm">
        <h2 id="toc" className="font-bold text-brand-900">
          {t("contents")}
        </h2>
        <ol className="mt-2 space-y-1">
          {policy.sections.map((s) => (
            <li key={s.anchor}>
              <a
                href={`#${s.anchor}`}
                className="text-brand-700 underline-offset-2 hover:underline"
                lang={langAttr(locale, s.lang)}
              >
                {s.heading}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </aside>
  );
}

export async function PolicyText({ locale, policy }: { locale: Locale; policy: PolicyDocument }) {
  const [t, tc] = await Promise.all([
    getTranslations({ locale, namespace: "policies" }),
    getTranslations({ locale, namespace: "common" }),
  ]);
  return (
    <div>
      {policy.preamble && (
        <section aria-labelledby="preamble" className="mb-10">
          <h2 id="preamble" className="sr-only">
            {t("preamble")}
          </h2>
          <Markdown>{policy.preamble}</Markdown>
        </section>
      )}
      {policy.sections.map((s) => (
        <section
          key={s.anchor}
          id={s.anchor}
          aria-labelledby={`${s.anchor}-h`}
          className="mb-10 scroll-mt-4"
          lang={langAttr(locale, s.lang)}
        >
          <h2 id={`${s.anchor}-h`} className="border-b-2 border-brand-800 pb-2 text-2xl font-bold text-brand-900">
            <span className="mr-2 text-brand-600">{t("section", { number: s.number })}</span>
            {s.heading}
          </h2>
          {s.articles.map((a) => (
            <div
              key={a.anchor}
              id={a.anchor}
              className="policy-article scroll-mt-4 border-b border-slate-100 py-5"
              lang={langAttr(locale, a.lang)}
            >
              <h3 className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-lg font-semibold text-brand-900">
                <a
                  href={`#${a.anchor}`}
                  className="text-brand-600 no-underline hover:underline"
                  aria-label={t("permalink", { number: a.number })}
                >
                  {t("article", { number: a.number })}
                </a>
                <span>{a.heading}</span>
                {a.grants && (
                  <span className="rounded bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-800">
                    {t("grants")}
                  </span>
                )}
                <CopyLink anchor={a.anchor} label={tc("copyLink")} copiedLabel={tc("linkCopied")} />
              </h3>
              <p className="mt-2 leading-relaxed text-slate-800">{a.body}</p>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

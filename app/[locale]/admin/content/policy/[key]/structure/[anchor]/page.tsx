// /{locale}/admin/content/policy/{slug}/structure/article-{N}: one article's flags for the incentive
// finder — whether it grants something, its topics, industries and zones — as one plain form (checkboxes,
// works without JavaScript). Saving goes back to the structure page at the article.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, type Locale } from "@/i18n/routing";
import { can } from "@/lib/auth/permissions";
import { requireAdmin } from "@/lib/auth/guard";
import { industryCodes, topicCodes } from "@/lib/content/schema";
import { getPolicyStructure } from "@/lib/admin/policy-structure";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import { flagsAction } from "../actions";
import { adminPath, localized, paths } from "@/lib/routes";
import { primaryButton, textLink } from "@/components/ui/styles";
import { Alert } from "@/components/ui/alert";

type Props = PageProps<"/[locale]/admin/content/policy/[key]/structure/[anchor]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("structure.structure.flags")} · ${t("title")}` };
}

export function generateStaticParams() {
  return [{ key: "_", anchor: "article-1" }];
}

const errors = ["stale", "forbidden", "notFound", "invalid", "failed"] as const;

function Checkboxes({
  name,
  legend,
  hint,
  options,
  checked,
}: {
  name: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string; lang?: string }[];
  checked: string[];
}) {
  return (
    <fieldset aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className="font-medium">{legend}</legend>
      {hint && (
        <p id={`${name}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <div className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2 py-1">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              className="mt-1 h-4 w-4 shrink-0"
            />
            <span lang={o.lang}>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

async function Flags({
  locale,
  params,
  searchParams,
}: {
  locale: Locale;
  params: Props["params"];
  searchParams: Props["searchParams"];
}) {
  const { user } = await requireAdmin(locale);
  const [{ key, anchor }, sp, t, tp, tTopics, tIndustries] = await Promise.all([
    params,
    searchParams,
    getTranslations({ locale, namespace: "admin" }),
    getTranslations({ locale, namespace: "policies" }),
    getTranslations({ locale, namespace: "topics" }),
    getTranslations({ locale, namespace: "industries" }),
  ]);
  if (!can(user, "content:edit")) {
    return <Refusal>{t("structure.forbidden")}</Refusal>;
  }
  const result = await getPolicyStructure(user, decodeURIComponent(key));
  const article = result.ok
    ? result.policy.sections.flatMap((s) => s.articles).find((a) => a.anchor === anchor)
    : undefined;
  if (!result.ok || !article) {
    return (
      <Refusal>
        {!result.ok && result.error === "forbidden" ? t("structure.forbidden") : t("structure.errors.notFound")}
      </Refusal>
    );
  }
  const p = result.policy;
  const lang = htmlLang[p.originalLocale];
  const error = errors.find((e) => e === sp.error);
  const structure = adminPath(locale, "content", "policy", p.slug, "structure");
  return (
    <div className="mt-6 space-y-6">
      <div>
        <h2 className="text-2xl font-semibold text-brand-900">
          {t("structure.structure.flagsTitle", { number: article.number })}
        </h2>
        <p className="mt-1 text-slate-700">
          <span lang={lang}>{p.title}</span>
          {article.heading && (
            <>
              {" · "}
              <span lang={lang}>{article.heading}</span>
            </>
          )}
        </p>
        <p className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          <span>{t("structure.version", { version: p.version })}</span>
          <a className={textLink} href={`${structure}#${article.anchor}`}>
            {t("structure.structure.backToStructure")}
          </a>
          <a className={textLink} href={localized(locale, paths.policy(p.slug, article.anchor))}>
            {t("structure.structure.viewOnSite")}
          </a>
        </p>
      </div>
      {error && <Alert>{t(`structure.errors.${error}`)}</Alert>}
      <form action={flagsAction.bind(null, locale, p.slug, article.anchor)} className="space-y-6">
        <input type="hidden" name="expectedVersion" value={p.version} />
        <label className="flex items-center gap-2 font-medium">
          <input type="checkbox" name="grants" value="yes" defaultChecked={article.grants} className="h-4 w-4" />
          {tp("grants")}
        </label>
        <Checkboxes
          name="topics"
          legend={tp("topics")}
          options={topicCodes.map((c) => ({ value: c, label: tTopics(c) }))}
          checked={article.topics}
        />
        <Checkboxes
          name="industries"
          legend={t("structure.structure.industries")}
          options={industryCodes.map((c) => ({ value: c, label: tIndustries(c) }))}
          checked={article.industries}
        />
        <Checkboxes
          name="zoneSlugs"
          legend={tp("zones")}
          hint={t("structure.structure.zonesHint")}
          options={p.zones.map((z) => ({ value: z.slug, label: z.name, lang: htmlLang[z.lang] }))}
          checked={article.zoneSlugs}
        />
        <button type="submit" className={primaryButton}>
          {t("structure.structure.saveFlags")}
        </button>
      </form>
    </div>
  );
}

export default async function ArticleFlagsPage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <AdminFrame title={t("structure.structure.flags")} lead={t("structure.structure.flagsLead")}>
      <Flags locale={locale} params={params} searchParams={searchParams} />
    </AdminFrame>
  );
}

// /{locale}/admin/content/policy/{slug}/structure: a policy's sections and articles in document order,
// for editors and admins. Each can move up or down (plain forms), be deleted after a confirmation step
// (?confirm=<anchor> opens it in place; a box must be ticked, so it works without JavaScript), and links
// to its text in every language (the content editor) — a language without its own text is marked as not
// yet translated. Articles also link to their flags (/structure/<anchor>). At the end: add a section, add
// an article. Every form carries the policy's version; a stale one is refused and nothing changes.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, locales, type Locale } from "@/i18n/routing";
import { can } from "@/lib/auth/permissions";
import { requireAdmin } from "@/lib/auth/guard";
import { adminPath, localized, paths } from "@/lib/routes";
import { getPolicyStructure, listDeletedArticles } from "@/lib/admin/policy-structure";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import { AddForms, DeletedArticles, SectionItem } from "./parts";
import { textLink } from "@/components/ui/styles";
import { Alert } from "@/components/ui/alert";

type Props = PageProps<"/[locale]/admin/content/policy/[key]/structure">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("structure.structure.title")} · ${t("title")}` };
}

// Cache Components needs a sample param to check this route's shell at build time; real policies render on request.
export function generateStaticParams() {
  return [{ key: "_" }];
}

const pageErrors = ["stale", "forbidden", "notFound", "invalid", "failed", "notEmpty", "cannotMove"] as const;
const ops = [
  "addSection",
  "addArticle",
  "moveArticle",
  "moveSection",
  "deleteArticle",
  "deleteSection",
  "articleFlags",
  "restoreArticle",
] as const;

async function Structure({
  locale,
  params,
  searchParams,
}: {
  locale: Locale;
  params: Props["params"];
  searchParams: Props["searchParams"];
}) {
  const { user } = await requireAdmin(locale);
  const [{ key }, sp, t, tp] = await Promise.all([
    params,
    searchParams,
    getTranslations({ locale, namespace: "admin" }),
    getTranslations({ locale, namespace: "policies" }),
  ]);
  if (!can(user, "content:edit")) {
    return <Refusal>{t("structure.forbidden")}</Refusal>;
  }
  const result = await getPolicyStructure(user, decodeURIComponent(key));
  if (!result.ok) {
    return (
      <Refusal>{result.error === "forbidden" ? t("structure.forbidden") : t("structure.errors.notFound")}</Refusal>
    );
  }
  const p = result.policy;
  const deleted = await listDeletedArticles(user, p.slug);
  const lang = htmlLang[p.originalLocale];
  const done = ops.find((o) => o === sp.done);
  const confirm = typeof sp.confirm === "string" ? sp.confirm : null;
  const error = pageErrors.find((e) => e === sp.error);
  const articleCount = p.sections.reduce((n, s) => n + s.articles.length, 0);
  const anyMissing = p.sections.some(
    (s) => s.locales.length < locales.length || s.articles.some((a) => a.locales.length < locales.length),
  );
  const common = { locale, t, tp, p, confirm, error };

  return (
    <div className="mt-6 space-y-8">
      <div>
        <h2 className="text-2xl font-semibold text-brand-900" lang={lang}>
          {p.title}
        </h2>
        <p className="font-mono text-sm text-slate-600">{p.slug}</p>
        <p className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-2">
          <span>{t("structure.version", { version: p.version })}</span>
          <span>{t("structure.structure.counts", { sections: p.sections.length, articles: articleCount })}</span>
          <a className={textLink} href={adminPath(locale, "content", "policy", p.slug, "metadata")}>
            {t("structure.detailsLink")}
          </a>
          <a className={textLink} href={localized(locale, paths.policy(p.slug))}>
            {t("structure.structure.viewOnSite")}
          </a>
        </p>
      </div>
      {done && <Alert tone="status">{t(`structure.structure.done.${done}`)}</Alert>}
      {error && !(confirm && error === "invalid") && <Alert>{t(`structure.errors.${error}`)}</Alert>}
      {anyMissing && <p className="text-slate-700">{t("structure.structure.missingHint")}</p>}

      <ol className="space-y-6" data-testid="structure">
        {p.sections.map((s, si) => (
          <SectionItem key={s.anchor} {...common} s={s} first={si === 0} last={si === p.sections.length - 1} />
        ))}
      </ol>

      <DeletedArticles locale={locale} t={t} tp={tp} p={p} deleted={deleted} />
      <AddForms locale={locale} t={t} tp={tp} p={p} />
    </div>
  );
}

export default async function PolicyStructurePage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <AdminFrame
      title={t("structure.structure.title")}
      lead={t("structure.structure.lead")}
      back={{
        href: adminPath(locale, "content", "policy"),
        label: t("content.backToType", { type: t("content.types.policy") }),
      }}
    >
      <Structure locale={locale} params={params} searchParams={searchParams} />
    </AdminFrame>
  );
}

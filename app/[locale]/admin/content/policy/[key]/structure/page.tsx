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
import { editorPath, localized, paths } from "@/lib/routes";
import {
  BODY_MAX,
  getPolicyStructure,
  HEADING_MAX,
  listDeletedArticles,
  MAX_NUMBER,
  SECTION_HEADING_MAX,
  type PolicyStructure,
} from "@/lib/admin/policy-structure";
import type { MetaErrorCode } from "@/lib/admin/metadata";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import { StructureAddForm, type StructureAddError } from "@/components/admin/structure-add-form";
import { addAction, deleteAction, moveAction, restoreAction } from "./actions";
import { adminPath } from "@/lib/routes";
import { textLink } from "@/components/ui/styles";
import { Alert } from "@/components/ui/alert";

type Props = PageProps<"/[locale]/admin/content/policy/[key]/structure">;
type T = Awaited<ReturnType<typeof getTranslations<"admin">>>;

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
const addErrors = ["stale", "forbidden", "notFound", "invalid", "failed"] as const satisfies readonly StructureAddError[];
const ops = ["addSection", "addArticle", "moveArticle", "moveSection", "deleteArticle", "deleteSection", "articleFlags", "restoreArticle"] as const;

const button = "rounded border border-slate-500 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100";
const linkButton = "rounded border border-slate-500 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-slate-100";

function TextLinks({ locale, t, slug, anchor, present, original, item }: { locale: Locale; t: T; slug: string; anchor: string; present: Locale[]; original: Locale; item: string }) {
  const type = anchor.startsWith("section-") ? "policy-section" : "policy-article";
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span className="font-medium">{t("structure.structure.text")}:</span>
      {locales.map((l) => {
        const language = t(`news.localeNames.${l}`);
        const label = l === original ? t("structure.structure.languageOriginal", { language }) : language;
        return present.includes(l) ? (
          <a
            key={l}
            className={textLink}
            href={editorPath(locale, type, `${slug}~${anchor}`, l)}
            aria-label={`${label}: ${item}`}
          >
            {label}
          </a>
        ) : (
          // No text in this language yet: the editor opens an empty draft and saving creates it.
          <a
            key={l}
            className="text-slate-700 italic underline"
            data-testid={`missing-${anchor}-${l}`}
            href={editorPath(locale, type, `${slug}~${anchor}`, l)}
            aria-label={`${t("structure.structure.missing", { language })}: ${item}`}
          >
            {t("structure.structure.missing", { language })}
          </a>
        );
      })}
    </p>
  );
}

function MoveButtons({ locale, slug, version, anchor, first, last, item, t }: { locale: Locale; slug: string; version: number; anchor: string; first: boolean; last: boolean; item: string; t: T }) {
  if (first && last) return null;
  return (
    <form action={moveAction.bind(null, locale, slug)} className="flex gap-2">
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="anchor" value={anchor} />
      {!first && (
        <button type="submit" name="direction" value="up" className={button} aria-label={`${t("structure.structure.moveUp")}: ${item}`}>
          {t("structure.structure.moveUp")}
        </button>
      )}
      {!last && (
        <button type="submit" name="direction" value="down" className={button} aria-label={`${t("structure.structure.moveDown")}: ${item}`}>
          {t("structure.structure.moveDown")}
        </button>
      )}
    </form>
  );
}

function ConfirmDelete({ locale, p, anchor, item, error, t }: { locale: Locale; p: PolicyStructure; anchor: string; item: string; error?: string; t: T }) {
  const page = adminPath(locale, "content", "policy", p.slug, "structure");
  const isArticle = anchor.startsWith("article-");
  return (
    <div id="confirm" role="group" aria-labelledby="confirm-title" className="mt-3 rounded border-2 border-accent-600 bg-white p-4">
      <p id="confirm-title" className="font-semibold text-accent-600">
        {t("structure.structure.confirmTitle", { item })}
      </p>
      <p className="mt-2">{isArticle ? t("structure.structure.confirmArticle", { anchor }) : t("structure.structure.confirmSection")}</p>
      <form action={deleteAction.bind(null, locale, p.slug)} className="mt-3 space-y-3">
        <input type="hidden" name="expectedVersion" value={p.version} />
        <input type="hidden" name="anchor" value={anchor} />
        <label className="flex items-center gap-2">
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            required
            className="h-4 w-4"
            aria-invalid={error === "invalid" ? true : undefined}
            aria-describedby={error === "invalid" ? "confirm-error" : undefined}
          />
          {t("structure.structure.confirmCheck", { item })}
        </label>
        {error === "invalid" && (
          <p id="confirm-error" className="text-sm font-medium text-accent-600">
            {t("structure.fieldErrors.required")}
          </p>
        )}
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="rounded bg-accent-600 px-4 py-2 font-semibold text-white hover:opacity-90">
            {t("structure.structure.confirmButton")}
          </button>
          <a className={textLink} href={`${page}#${anchor}`}>
            {t("structure.structure.cancel")}
          </a>
        </div>
      </form>
    </div>
  );
}

async function Structure({ locale, params, searchParams }: { locale: Locale; params: Props["params"]; searchParams: Props["searchParams"] }) {
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
    return <Refusal>{result.error === "forbidden" ? t("structure.forbidden") : t("structure.errors.notFound")}</Refusal>;
  }
  const p = result.policy;
  const deleted = await listDeletedArticles(user, p.slug);
  const lang = htmlLang[p.originalLocale];
  const done = ops.find((o) => o === sp.done);
  const confirm = typeof sp.confirm === "string" ? sp.confirm : null;
  const error = pageErrors.find((e) => e === sp.error);
  const articleCount = p.sections.reduce((n, s) => n + s.articles.length, 0);
  const anyMissing = p.sections.some((s) => s.locales.length < locales.length || s.articles.some((a) => a.locales.length < locales.length));
  const original = t(`news.localeNames.${p.originalLocale}`);
  const sectionName = (n: number) => tp("section", { number: n });
  const articleName = (n: number) => tp("article", { number: n });
  const fieldErrors = (max: Record<string, number>) =>
    Object.fromEntries(
      ["section", "number", "heading", "body"].map((f) => [
        f,
        {
          required: t("structure.fieldErrors.required"),
          invalid: t("structure.fieldErrors.invalid"),
          unknown: t("structure.fieldErrors.unknown"),
          taken: t("structure.fieldErrors.taken"),
          outOfRange: t("structure.fieldErrors.outOfRange", { min: 1, max: MAX_NUMBER }),
          tooLong: t("structure.fieldErrors.tooLong", { max: max[f] ?? 0 }),
        } satisfies Partial<Record<MetaErrorCode, string>>,
      ]),
    );
  const addMessages = (max: Record<string, number>) => ({
    add: t("structure.structure.add"),
    adding: t("structure.structure.adding"),
    reload: t("structure.reload"),
    errors: Object.fromEntries(addErrors.map((k) => [k, t(`structure.errors.${k}`)])) as Record<StructureAddError, string>,
    fieldErrors: fieldErrors(max),
  });
  const lastSection = p.sections.at(-1);

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
      {done && (
        <Alert tone="status">{t(`structure.structure.done.${done}`)}</Alert>
      )}
      {error && !(confirm && error === "invalid") && (
        <Alert>{t(`structure.errors.${error}`)}</Alert>
      )}
      {anyMissing && <p className="text-slate-700">{t("structure.structure.missingHint")}</p>}

      <ol className="space-y-6" data-testid="structure">
        {p.sections.map((s, si) => {
          const sItem = sectionName(s.number);
          return (
            <li key={s.anchor} id={s.anchor} className="scroll-mt-4 rounded border border-slate-300 p-4" data-testid={`structure-${s.anchor}`}>
              <section aria-labelledby={`h-${s.anchor}`}>
                <h3 id={`h-${s.anchor}`} className="text-xl font-semibold text-brand-900">
                  {sItem}
                  <span className="font-normal">
                    {" · "}
                    <span lang={lang}>{s.heading || t("structure.structure.noHeading")}</span>
                  </span>
                </h3>
                <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2">
                  <TextLinks locale={locale} t={t} slug={p.slug} anchor={s.anchor} present={s.locales} original={p.originalLocale} item={sItem} />
                  <MoveButtons locale={locale} slug={p.slug} version={p.version} anchor={s.anchor} first={si === 0} last={si === p.sections.length - 1} item={sItem} t={t} />
                  {s.articles.length === 0 && (
                    <a className={linkButton} href={`?confirm=${s.anchor}#confirm`} aria-label={`${t("structure.structure.delete")}: ${sItem}`}>
                      {t("structure.structure.delete")}
                    </a>
                  )}
                </div>
                {confirm === s.anchor && s.articles.length === 0 && (
                  <ConfirmDelete locale={locale} p={p} anchor={s.anchor} item={sItem} error={error} t={t} />
                )}
                {s.articles.length === 0 ? (
                  <p className="mt-3 text-slate-600">{t("structure.structure.emptySection")}</p>
                ) : (
                  <ol className="mt-4 space-y-3">
                    {s.articles.map((a, ai) => {
                      const aItem = articleName(a.number);
                      return (
                        <li key={a.anchor} id={a.anchor} className="scroll-mt-4 border-l-4 border-brand-100 py-1 pl-4" data-testid={`structure-${a.anchor}`}>
                          <h4 className="font-semibold text-brand-900">
                            {aItem}
                            {a.heading && (
                              <span className="font-normal">
                                {" · "}
                                <span lang={lang}>{a.heading}</span>
                              </span>
                            )}
                            {a.grants && <span className="ml-2 rounded bg-brand-50 px-2 text-sm font-medium">{tp("grants")}</span>}
                          </h4>
                          <p className="mt-1 break-words text-sm text-slate-700" lang={lang}>
                            {a.excerpt}
                          </p>
                          <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2">
                            <TextLinks locale={locale} t={t} slug={p.slug} anchor={a.anchor} present={a.locales} original={p.originalLocale} item={aItem} />
                            <MoveButtons
                              locale={locale}
                              slug={p.slug}
                              version={p.version}
                              anchor={a.anchor}
                              first={ai === 0}
                              last={ai === s.articles.length - 1}
                              item={aItem}
                              t={t}
                            />
                            <a
                              className={linkButton}
                              href={adminPath(locale, "content", "policy", p.slug, "structure", a.anchor)}
                              aria-label={`${t("structure.structure.flags")}: ${aItem}`}
                            >
                              {t("structure.structure.flags")}
                            </a>
                            <a className={linkButton} href={`?confirm=${a.anchor}#confirm`} aria-label={`${t("structure.structure.delete")}: ${aItem}`}>
                              {t("structure.structure.delete")}
                            </a>
                          </div>
                          {confirm === a.anchor && <ConfirmDelete locale={locale} p={p} anchor={a.anchor} item={aItem} error={error} t={t} />}
                        </li>
                      );
                    })}
                  </ol>
                )}
              </section>
            </li>
          );
        })}
      </ol>

      {deleted.length > 0 && (
        <section aria-labelledby="deleted-articles" className="rounded border border-slate-300 p-4" data-testid="deleted-articles">
          <h2 id="deleted-articles" className="text-xl font-semibold text-brand-900">
            {t("structure.structure.deletedTitle")}
          </h2>
          <p className="mt-1 text-slate-700">{t("structure.structure.deletedLead")}</p>
          <ul className="mt-3 space-y-2">
            {deleted.map((d) => (
              <li key={d.id} className="flex flex-wrap items-center gap-3">
                <span>
                  {articleName(d.number)}{" "}
                  <span lang={lang}>{d.heading}</span>
                </span>
                <form action={restoreAction.bind(null, locale, p.slug)}>
                  <input type="hidden" name="expectedVersion" value={p.version} />
                  <input type="hidden" name="deletion" value={d.id} />
                  <button type="submit" className="rounded border border-slate-500 px-3 py-1 font-medium hover:bg-slate-100">
                    {t("structure.structure.restore", { item: articleName(d.number) })}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="add-article" className="min-w-0 rounded border border-slate-300 p-4">
          <h2 id="add-article" className="text-xl font-semibold text-brand-900">
            {t("structure.structure.addArticle")}
          </h2>
          <p className="mt-1 text-slate-700">{t("structure.structure.addArticleLead", { language: original })}</p>
          {lastSection ? (
            <div className="mt-4">
              <StructureAddForm
                id="add-article-form"
                key={`a${p.version}`}
                action={addAction.bind(null, locale, p.slug, "article")}
                initial={{ seq: 0, version: p.version, values: { section: lastSection.anchor, number: "", heading: "", body: "" } }}
                messages={addMessages({ heading: HEADING_MAX, body: BODY_MAX })}
                fields={[
                  {
                    name: "section",
                    kind: "select",
                    label: t("structure.structure.inSection"),
                    required: true,
                    options: p.sections.map((s) => ({ value: s.anchor, label: `${sectionName(s.number)}${s.heading ? ` · ${s.heading}` : ""}` })),
                  },
                  { name: "number", kind: "number", label: t("structure.structure.number"), hint: t("structure.structure.numberHint", { next: p.nextArticleNumber }), max: MAX_NUMBER },
                  { name: "heading", kind: "text", label: t("structure.structure.withLanguage", { label: t("structure.structure.heading"), language: original }), lang, maxLength: HEADING_MAX },
                  { name: "body", kind: "textarea", label: t("structure.structure.withLanguage", { label: t("structure.structure.body"), language: original }), lang, required: true, maxLength: BODY_MAX },
                ]}
              />
            </div>
          ) : (
            <p className="mt-3 text-slate-600">{t("structure.structure.emptySection")}</p>
          )}
        </section>
        <section aria-labelledby="add-section" className="min-w-0 rounded border border-slate-300 p-4">
          <h2 id="add-section" className="text-xl font-semibold text-brand-900">
            {t("structure.structure.addSection")}
          </h2>
          <p className="mt-1 text-slate-700">{t("structure.structure.addSectionLead", { language: original })}</p>
          <div className="mt-4">
            <StructureAddForm
              id="add-section-form"
              key={`s${p.version}`}
              action={addAction.bind(null, locale, p.slug, "section")}
              initial={{ seq: 0, version: p.version, values: { number: "", heading: "" } }}
              messages={addMessages({ heading: SECTION_HEADING_MAX })}
              fields={[
                { name: "number", kind: "number", label: t("structure.structure.number"), hint: t("structure.structure.numberHint", { next: p.nextSectionNumber }), max: MAX_NUMBER },
                { name: "heading", kind: "text", label: t("structure.structure.withLanguage", { label: t("structure.structure.heading"), language: original }), lang, required: true, maxLength: SECTION_HEADING_MAX },
              ]}
            />
          </div>
        </section>
      </div>
    </div>
  );
}

export default async function PolicyStructurePage({ params, searchParams }: Props) {
  const { locale: raw } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  return (
    <AdminFrame title={t("structure.structure.title")} lead={t("structure.structure.lead")} back={{ href: adminPath(locale, "content", "policy"), label: t("content.backToType", { type: t("content.types.policy") }) }}>
      <Structure locale={locale} params={params} searchParams={searchParams} />
    </AdminFrame>
  );
}

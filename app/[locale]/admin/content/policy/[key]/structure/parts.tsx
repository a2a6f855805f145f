// The pieces of a policy's structure page (page.tsx): a section with its articles, the move buttons, the
// delete confirmation, the deleted articles and the two add forms. Server components; the forms post to
// ./actions.ts and work without JavaScript.
import type { getTranslations } from "next-intl/server";
import { htmlLang, locales, type Locale } from "@/i18n/routing";
import { adminPath, editorPath } from "@/lib/routes";
import {
  BODY_MAX,
  HEADING_MAX,
  MAX_NUMBER,
  SECTION_HEADING_MAX,
  type PolicyStructure,
} from "@/lib/admin/policy-structure";
import type { MetaErrorCode } from "@/lib/content-model/metadata";
import { StructureAddForm, type StructureAddError } from "@/components/admin/structure-add-form";
import { textLink } from "@/components/ui/styles";
import { addAction, deleteAction, moveAction, restoreAction } from "./actions";

type T = Awaited<ReturnType<typeof getTranslations<"admin">>>;
type TP = Awaited<ReturnType<typeof getTranslations<"policies">>>;
type PolicySectionRow = PolicyStructure["sections"][number];
type PolicyArticleRow = PolicySectionRow["articles"][number];
type DeletedArticle = Awaited<ReturnType<typeof import("@/lib/admin/policy-structure").listDeletedArticles>>[number];
interface Common {
  locale: Locale;
  t: T;
  tp: TP;
  p: PolicyStructure;
  /** The anchor whose delete confirmation is open (?confirm=). */
  confirm: string | null;
  error?: string;
}

const addErrors = [
  "stale",
  "forbidden",
  "notFound",
  "invalid",
  "failed",
] as const satisfies readonly StructureAddError[];
const button = "rounded border border-slate-500 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100";
const linkButton = "rounded border border-slate-500 px-3 py-1 text-sm font-medium text-brand-700 hover:bg-slate-100";

export function TextLinks({
  locale,
  t,
  slug,
  anchor,
  present,
  original,
  item,
}: {
  locale: Locale;
  t: T;
  slug: string;
  anchor: string;
  present: Locale[];
  original: Locale;
  item: string;
}) {
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

function MoveButtons({
  locale,
  slug,
  version,
  anchor,
  first,
  last,
  item,
  t,
}: {
  locale: Locale;
  slug: string;
  version: number;
  anchor: string;
  first: boolean;
  last: boolean;
  item: string;
  t: T;
}) {
  if (first && last) return null;
  return (
    <form action={moveAction.bind(null, locale, slug)} className="flex gap-2">
      <input type="hidden" name="expectedVersion" value={version} />
      <input type="hidden" name="anchor" value={anchor} />
      {!first && (
        <button
          type="submit"
          name="direction"
          value="up"
          className={button}
          aria-label={`${t("structure.structure.moveUp")}: ${item}`}
        >
          {t("structure.structure.moveUp")}
        </button>
      )}
      {!last && (
        <button
          type="submit"
          name="direction"
          value="down"
          className={button}
          aria-label={`${t("structure.structure.moveDown")}: ${item}`}
        >
          {t("structure.structure.moveDown")}
        </button>
      )}
    </form>
  );
}

function ConfirmDelete({
  locale,
  p,
  anchor,
  item,
  error,
  t,
}: {
  locale: Locale;
  p: PolicyStructure;
  anchor: string;
  item: string;
  error?: string;
  t: T;
}) {
  const page = adminPath(locale, "content", "policy", p.slug, "structure");
  const isArticle = anchor.startsWith("article-");
  return (
    <div
      id="confirm"
      role="group"
      aria-labelledby="confirm-title"
      className="mt-3 rounded border-2 border-accent-600 bg-white p-4"
    >
      <p id="confirm-title" className="font-semibold text-accent-600">
        {t("structure.structure.confirmTitle", { item })}
      </p>
      <p className="mt-2">
        {isArticle ? t("structure.structure.confirmArticle", { anchor }) : t("structure.structure.confirmSection")}
      </p>
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

/** One section: heading, its text in each language, move, delete when empty, and its articles. */
export function SectionItem({
  locale,
  t,
  tp,
  p,
  s,
  first,
  last,
  confirm,
  error,
}: Common & { s: PolicySectionRow; first: boolean; last: boolean }) {
  const lang = htmlLang[p.originalLocale];
  const sItem = tp("section", { number: s.number });
  const common = { locale, t, tp, p, confirm, error };
  return (
    <li id={s.anchor} className="scroll-mt-4 rounded border border-slate-300 p-4" data-testid={`structure-${s.anchor}`}>
      <section aria-labelledby={`h-${s.anchor}`}>
        <h3 id={`h-${s.anchor}`} className="text-xl font-semibold text-brand-900">
          {sItem}
          <span className="font-normal">
            {" · "}
            <span lang={lang}>{s.heading || t("structure.structure.noHeading")}</span>
          </span>
        </h3>
        <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2">
          <TextLinks
            locale={locale}
            t={t}
            slug={p.slug}
            anchor={s.anchor}
            present={s.locales}
            original={p.originalLocale}
            item={sItem}
          />
          <MoveButtons
            locale={locale}
            slug={p.slug}
            version={p.version}
            anchor={s.anchor}
            first={first}
            last={last}
            item={sItem}
            t={t}
          />
          {s.articles.length === 0 && (
            <a
              className={linkButton}
              href={`?confirm=${s.anchor}#confirm`}
              aria-label={`${t("structure.structure.delete")}: ${sItem}`}
            >
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
            {s.articles.map((a, ai) => (
              <ArticleItem key={a.anchor} {...common} a={a} first={ai === 0} last={ai === s.articles.length - 1} />
            ))}
          </ol>
        )}
      </section>
    </li>
  );
}

/** One article: heading, excerpt, its text in each language, move, flags and delete. */
function ArticleItem({
  locale,
  t,
  tp,
  p,
  a,
  first,
  last,
  confirm,
  error,
}: Common & { a: PolicyArticleRow; first: boolean; last: boolean }) {
  const lang = htmlLang[p.originalLocale];
  const aItem = tp("article", { number: a.number });
  return (
    <li
      id={a.anchor}
      className="scroll-mt-4 border-l-4 border-brand-100 py-1 pl-4"
      data-testid={`structure-${a.anchor}`}
    >
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
        <TextLinks
          locale={locale}
          t={t}
          slug={p.slug}
          anchor={a.anchor}
          present={a.locales}
          original={p.originalLocale}
          item={aItem}
        />
        <MoveButtons
          locale={locale}
          slug={p.slug}
          version={p.version}
          anchor={a.anchor}
          first={first}
          last={last}
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
        <a
          className={linkButton}
          href={`?confirm=${a.anchor}#confirm`}
          aria-label={`${t("structure.structure.delete")}: ${aItem}`}
        >
          {t("structure.structure.delete")}
        </a>
      </div>
      {confirm === a.anchor && (
        <ConfirmDelete locale={locale} p={p} anchor={a.anchor} item={aItem} error={error} t={t} />
      )}
    </li>
  );
}

/** Articles deleted from this policy, each with a Restore button. */
export function DeletedArticles({
  locale,
  t,
  tp,
  p,
  deleted,
}: Pick<Common, "locale" | "t" | "tp" | "p"> & { deleted: DeletedArticle[] }) {
  if (deleted.length === 0) return null;
  const lang = htmlLang[p.originalLocale];
  const articleName = (n: number) => tp("article", { number: n });
  return (
    <section
      aria-labelledby="deleted-articles"
      className="rounded border border-slate-300 p-4"
      data-testid="deleted-articles"
    >
      <h2 id="deleted-articles" className="text-xl font-semibold text-brand-900">
        {t("structure.structure.deletedTitle")}
      </h2>
      <p className="mt-1 text-slate-700">{t("structure.structure.deletedLead")}</p>
      <ul className="mt-3 space-y-2">
        {deleted.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center gap-3">
            <span>
              {articleName(d.number)} <span lang={lang}>{d.heading}</span>
            </span>
            <form action={restoreAction.bind(null, locale, p.slug)}>
              <input type="hidden" name="expectedVersion" value={p.version} />
              <input type="hidden" name="deletion" value={d.id} />
              <button type="submit" className={button}>
                {t("structure.structure.restore", { item: articleName(d.number) })}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The two forms at the end: add an article (to a section), add a section; in the original language. */
export function AddForms({ locale, t, tp, p }: Pick<Common, "locale" | "t" | "tp" | "p">) {
  const lang = htmlLang[p.originalLocale];
  const original = t(`news.localeNames.${p.originalLocale}`);
  const sectionName = (n: number) => tp("section", { number: n });
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
    errors: Object.fromEntries(addErrors.map((k) => [k, t(`structure.errors.${k}`)])) as Record<
      StructureAddError,
      string
    >,
    fieldErrors: fieldErrors(max),
  });
  const lastSection = p.sections.at(-1);
  return (
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
              initial={{
                seq: 0,
                version: p.version,
                values: { section: lastSection.anchor, number: "", heading: "", body: "" },
              }}
              messages={addMessages({ heading: HEADING_MAX, body: BODY_MAX })}
              fields={[
                {
                  name: "section",
                  kind: "select",
                  label: t("structure.structure.inSection"),
                  required: true,
                  options: p.sections.map((s) => ({
                    value: s.anchor,
                    label: `${sectionName(s.number)}${s.heading ? ` · ${s.heading}` : ""}`,
                  })),
                },
                {
                  name: "number",
                  kind: "number",
                  label: t("structure.structure.number"),
                  hint: t("structure.structure.numberHint", { next: p.nextArticleNumber }),
                  max: MAX_NUMBER,
                },
                {
                  name: "heading",
                  kind: "text",
                  label: t("structure.structure.withLanguage", {
                    label: t("structure.structure.heading"),
                    language: original,
                  }),
                  lang,
                  maxLength: HEADING_MAX,
                },
                {
                  name: "body",
                  kind: "textarea",
                  label: t("structure.structure.withLanguage", {
                    label: t("structure.structure.body"),
                    language: original,
                  }),
                  lang,
                  required: true,
                  maxLength: BODY_MAX,
                },
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
              {
                name: "number",
                kind: "number",
                label: t("structure.structure.number"),
                hint: t("structure.structure.numberHint", { next: p.nextSectionNumber }),
                max: MAX_NUMBER,
              },
              {
                name: "heading",
                kind: "text",
                label: t("structure.structure.withLanguage", {
                  label: t("structure.structure.heading"),
                  language: original,
                }),
                lang,
                required: true,
                maxLength: SECTION_HEADING_MAX,
              },
            ]}
          />
        </div>
      </section>
    </div>
  );
}

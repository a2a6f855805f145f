// /{locale}/admin/content/{type}/{key}/metadata: an item's locale-neutral fields (kind, dates, numbers,
// references, status) in one form, for editors and admins. The fields come from lib/admin/metadata.ts;
// enum options are labelled with the public site's own words (zone kinds, topics, units, …). Save posts
// with the version the page was opened at; a stale or invalid save keeps what was typed. Reads the
// session, so everything item-specific sits inside <Suspense>; anonymous visitors go to the sign-in page.
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { htmlLang, isLocale, type Locale } from "@/i18n/routing";
import { can } from "@/lib/auth/permissions";
import { requireAdmin } from "@/lib/auth/guard";
import { isContentType } from "@/lib/content-model/types";
import { editorPath, localized } from "@/lib/routes";
import { itemPath } from "@/lib/content-model/pages";
import { absoluteValue, formatQuantity } from "@/lib/format";
import { getMetadata, type MetadataForEditing } from "@/lib/admin/metadata";
import { metaErrorCodes, type MetaFieldDef } from "@/lib/content-model/metadata";
import { AdminFrame, Refusal } from "@/components/admin/admin-frame";
import {
  MetadataForm,
  type MetadataError,
  type MetadataFieldView,
  type MetadataFormMessages,
} from "@/components/admin/metadata-form";
import { saveMetadataAction } from "./actions";
import { adminPath } from "@/lib/routes";
import { textLink } from "@/components/ui/styles";
import { Alert } from "@/components/ui/alert";

type Props = PageProps<"/[locale]/admin/content/[type]/[key]/metadata">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: locale as Locale, namespace: "admin" });
  return { title: `${t("structure.details")} · ${t("title")}` };
}

// Cache Components needs sample params to check this route's shell at build time; real items render on request.
export function generateStaticParams() {
  return [{ type: "news", key: "_" }];
}

const errorKeys = ["stale", "forbidden", "notFound", "invalid", "failed"] as const satisfies readonly MetadataError[];

/** Where each field's hint comes from (admin.structure.hints.*). */
const hintKey: Record<string, string> = {
  status: "status",
  areaNearKm2: "area",
  areaTotalKm2: "area",
  approvedOn: "date",
  establishedOn: "date",
  effectiveFrom: "date",
  publishedOn: "date",
  asOf: "date",
  sortOrder: "sortOrder",
  posX: "position",
  posY: "position",
  parent: "parent",
  documentNumber: "documentNumber",
  validUntil: "validUntil",
  validity: "validity",
  validitySince: "date",
  validityBy: "validityBy",
  sourceUrl: "sourceUrl",
  tags: "tags",
  value: "value",
  unit: "unit",
};

/** The message key (whole tree) that labels each enum value of a field, by type and field. */
function optionKey(type: string, field: string, value: string): string | null {
  if (field === "status") return `admin.content.statuses.${value}`;
  if (field === "kind")
    return type === "zone" ? `zone.kind.${value}` : type === "layout" ? `layout.kinds.${value}` : `news.kinds.${value}`;
  if (field === "validity") return `policies.validityValues.${value}`;
  if (field === "topics") return `topics.${value}`;
  return null;
}

async function Details({
  locale,
  params,
  searchParams,
}: {
  locale: Locale;
  params: Props["params"];
  searchParams: Props["searchParams"];
}) {
  const { user } = await requireAdmin(locale);
  const [{ type, key }, sp, t, tAll] = await Promise.all([
    params,
    searchParams,
    getTranslations({ locale, namespace: "admin" }),
    getTranslations({ locale }),
  ]);
  if (!can(user, "content:edit")) {
    return <Refusal>{t("structure.forbidden")}</Refusal>;
  }
  const result = await getMetadata(user, type, decodeURIComponent(key));
  if (!result.ok) {
    return (
      <Refusal>{result.error === "forbidden" ? t("structure.forbidden") : t("structure.errors.notFound")}</Refusal>
    );
  }
  const item = result.item;
  // Dynamic keys of the message tree (option labels by value).
  const tx = tAll as unknown as (k: string, v?: Record<string, string | number>) => string;
  const fields = item.fields.map((d) => fieldView(d, item, locale, t, tx));
  const messages: MetadataFormMessages = {
    save: t("structure.save"),
    saving: t("structure.saving"),
    reload: t("structure.reload"),
    none: t("structure.none"),
    errors: Object.fromEntries(errorKeys.map((k) => [k, t(`structure.errors.${k}`)])) as MetadataFormMessages["errors"],
    fieldErrors: Object.fromEntries(
      item.fields.map((d) => {
        const range = d.input === "date" ? { min: 1900, max: 2200 } : { min: d.min ?? 0, max: d.max ?? 0 };
        const max = d.input === "list" || d.input === "checkboxes" ? (d.maxItems ?? 50) : (d.maxLength ?? 0);
        return [
          d.name,
          Object.fromEntries(
            metaErrorCodes.map((c) => [
              c,
              c === "outOfRange"
                ? t("structure.fieldErrors.outOfRange", {
                    min: formatQuantity(locale, range.min),
                    max: formatQuantity(locale, range.max),
                  })
                : c === "tooLong"
                  ? t("structure.fieldErrors.tooLong", { max: d.input === "list" ? (d.maxLength ?? 100) : max })
                  : c === "tooMany"
                    ? t("structure.fieldErrors.tooMany", { max })
                    : t(`structure.fieldErrors.${c}`),
            ]),
          ),
        ];
      }),
    ) as MetadataFormMessages["fieldErrors"],
  };
  const saved = typeof sp.saved === "string";
  const unchanged = typeof sp.unchanged === "string";
  const contentType = isContentType(type) ? type : null;

  return (
    <div className="mt-6 space-y-6">
      <div>
        <h2 className="text-2xl font-semibold text-brand-900" lang={htmlLang[item.originalLocale as Locale]}>
          {item.title}
        </h2>
        <p className="font-mono text-sm text-slate-600">{item.key}</p>
        <p className="mt-2 flex flex-wrap items-center gap-x-5 gap-y-2">
          <span>{t("structure.version", { version: item.version })}</span>
          {contentType && (
            <a className={textLink} href={editorPath(locale, contentType, item.key, item.originalLocale)}>
              {t("structure.editText", { language: t(`news.localeNames.${item.originalLocale as Locale}`) })}
            </a>
          )}
          {item.type === "policy" && (
            <a className={textLink} href={adminPath(locale, "content", "policy", item.key, "structure")}>
              {t("structure.structureLink")}
            </a>
          )}
          {contentType && (
            <a className={textLink} href={localized(locale, itemPath(contentType, item.key))}>
              {t("content.viewOnSite")}
            </a>
          )}
        </p>
      </div>
      {(saved || unchanged) && <Alert tone="status">{saved ? t("structure.saved") : t("structure.unchanged")}</Alert>}
      <MetadataForm
        key={item.version}
        action={saveMetadataAction.bind(null, locale, { type: item.type, key: item.key })}
        fields={fields}
        initial={{ seq: 0, version: item.version, values: item.values }}
        messages={messages}
      />
    </div>
  );
}

function fieldView(
  d: MetaFieldDef,
  item: MetadataForEditing,
  locale: Locale,
  t: Awaited<ReturnType<typeof getTranslations<"admin">>>,
  tx: (k: string, v?: Record<string, string | number>) => string,
): MetadataFieldView {
  let options: MetadataFieldView["options"];
  if (d.options === "zones" || d.options === "layoutElements") {
    // The name in its own language; the slug beside it tells items with similar names apart.
    options = item.references[d.options].map((o) => ({
      value: o.value,
      label: d.input === "checkboxes" ? (o.label ?? o.value) : `${o.label} (${o.value})`,
      note: d.input === "checkboxes" ? o.value : undefined,
      lang: o.lang ? htmlLang[o.lang as Locale] : undefined,
    }));
  } else if (d.name === "unit" && d.options) {
    options = d.options.map((u) => ({
      value: u,
      label: `${u} · ${tx(`units.${u}`, { value: formatQuantity(locale, absoluteValue(1, u)) })}`,
    }));
  } else if (d.options) {
    options = d.options.map((v) => {
      const k = optionKey(item.type, d.name, v);
      return { value: v, label: k ? tx(k) : v };
    });
  }
  const hint = hintKey[d.name];
  const statusLocked = d.name === "status" && !item.canPublish;
  return {
    name: d.name,
    input: d.input,
    required: d.required,
    label: t(`structure.fields.${d.name}` as "structure.fields.kind"),
    hint: hint ? t(`structure.hints.${hint}` as "structure.hints.status") : undefined,
    options,
    min: d.min,
    max: d.max,
    step: d.input === "decimal" ? (d.scale ? `0.${"0".repeat(d.scale - 1)}1` : "1") : undefined,
    maxLength: d.maxLength,
    disabled: statusLocked,
    disabledNote: statusLocked ? t("structure.statusNeedsPublish") : undefined,
  };
}

export default async function MetadataPage({ params, searchParams }: Props) {
  const { locale: raw, type } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "admin" });
  const typeName = isContentType(type) ? t(`content.types.${type}`) : t("content.title");
  return (
    <AdminFrame
      title={t("structure.detailsTitle", { type: typeName })}
      lead={t("structure.detailsLead")}
      back={{
        href: adminPath(locale, "content", isContentType(type) ? type : ""),
        label: t("content.backToType", { type: typeName }),
      }}
    >
      <Details locale={isLocale(locale) ? locale : "zh"} params={params} searchParams={searchParams} />
    </AdminFrame>
  );
}

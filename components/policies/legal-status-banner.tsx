// The legal-status banner of a policy page: shown when the document is amended, repealed, expired or
// superseded. The status is a locale-neutral field of the policy (admin: details), so one change shows
// the banner on every language version at once; the date and the amending or repealing document are
// added when known. The document is shown as printed (its own language), never translated.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { formatDate } from "@/lib/format";
import type { Validity } from "@/lib/data/policies";

const shown = ["amended", "repealed", "expired", "superseded"] as const;

export async function LegalStatusBanner({
  locale,
  validity,
  since,
  by,
}: {
  locale: Locale;
  validity: Validity;
  since: string | null;
  by: string | null;
}) {
  const status = shown.find((s) => s === validity);
  if (!status) return null;
  const t = await getTranslations({ locale, namespace: "policies.legalStatus" });
  return (
    <div
      role="note"
      data-testid="legal-status"
      className="my-4 rounded border-l-4 border-red-700 bg-red-50 px-4 py-3 text-red-900"
    >
      <p className="font-semibold">{t(status)}</p>
      {(since || by) && (
        <p className="mt-1 text-sm">
          {since && <span>{t("since", { date: formatDate(locale, since) })} </span>}
          {by && <span>{t("by", { document: by })}</span>}
        </p>
      )}
    </div>
  );
}

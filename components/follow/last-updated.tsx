// "Last updated … — see all changes" and "Follow changes" under a zone's or policy's title (server
// component). The date is the latest change published in the reader's language, else the page's own.
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { getChangeHistory, type HistorySubject } from "@/lib/data/changes";
import { formatDate } from "@/lib/format";

export async function LastUpdated({
  locale,
  subject,
  slug,
  fallback,
}: {
  locale: Locale;
  subject: HistorySubject;
  slug: string;
  fallback: string | null;
}) {
  const [history, t, ts] = await Promise.all([
    getChangeHistory(locale, subject, slug),
    getTranslations({ locale, namespace: "follow.changes" }),
    getTranslations({ locale, namespace: "follow.subscribe" }),
  ]);
  const date = history.lastUpdated ?? fallback;
  const base = subject === "zone" ? "/zones" : "/policies";
  return (
    <p
      className="no-print mt-3 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700"
      lang={locale}
      data-testid="last-updated"
    >
      {date && <span>{t("lastUpdated", { date: formatDate(locale, date) })}</span>}
      <span aria-hidden="true">—</span>
      <Link
        href={`${base}/${slug}/changes`}
        className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900"
      >
        {t("seeAll")}
      </Link>
      <span aria-hidden="true">·</span>
      <Link
        href={`/subscribe?follow=${subject}&slug=${slug}`}
        className="font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900"
      >
        {ts("followThis")}
      </Link>
    </p>
  );
}

/** A plain "Follow changes" link to the subscribe page with a target (news, incentive finder). */
export async function FollowLink({ locale, query }: { locale: Locale; query: Record<string, string | undefined> }) {
  const ts = await getTranslations({ locale, namespace: "follow.subscribe" });
  const qs = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => !!e[1])).toString();
  return (
    <Link
      href={`/subscribe?${qs}`}
      className="no-print text-sm font-semibold text-brand-700 underline underline-offset-2 hover:text-brand-900"
      data-testid="follow-link"
    >
      {ts("followThis")}
    </Link>
  );
}

import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" });
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-slate-700">
        <p>{t("rights")}</p>
        <p className="mt-1">{t("sources")}</p>
      </div>
    </footer>
  );
}

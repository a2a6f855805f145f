"use client";
// Rendered for notFound() anywhere under a locale (and for unknown paths via [...rest]).
// A client component: Next.js gives not-found pages no params, and the locale's messages come from the
// provider in the layout.
import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <section className="py-12">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-4 text-lg text-slate-700">{t("body")}</p>
      <p className="mt-6">
        <Link href="/" className="text-brand-700 underline">
          {t("backHome")}
        </Link>
      </p>
    </section>
  );
}

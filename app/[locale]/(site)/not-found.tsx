"use client";
// Rendered for notFound() anywhere under a locale (and for unknown paths via [...rest]). Next.js gives
// not-found pages no params, so the strings come from the locale layout (components/layout/boundary-text.tsx).
import { useBoundaryText } from "@/components/layout/boundary-text";

export default function NotFound() {
  const { notFound: t, home } = useBoundaryText();
  return (
    <section className="py-12">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <p className="mt-4 text-lg text-slate-700">{t.body}</p>
      <p className="mt-6">
        <a href={home} className="text-brand-700 underline">
          {t.backHome}
        </a>
      </p>
    </section>
  );
}

"use client";
// The localized error page: what a visitor sees instead of a bare 500. Its strings come from the locale
// layout (components/layout/boundary-text.tsx).
import { useBoundaryText } from "@/components/layout/boundary-text";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useBoundaryText().error;
  return (
    <section className="py-12" role="alert">
      <h1 className="text-3xl font-bold text-brand-900">{t.title}</h1>
      <p className="mt-4 text-lg text-slate-700">{t.body}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {t.retry}
      </button>
    </section>
  );
}

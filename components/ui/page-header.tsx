import type { ReactNode } from "react";

export function PageHeader({
  title,
  lead,
  lang,
  children,
}: {
  title: string;
  lead?: string;
  lang?: string;
  children?: ReactNode;
}) {
  return (
    <header className="border-b border-slate-200 pb-6">
      <h1 className="text-3xl font-bold leading-tight text-brand-900 md:text-4xl" lang={lang}>
        {title}
      </h1>
      {lead && <p className="mt-3 max-w-3xl text-lg leading-relaxed text-slate-700">{lead}</p>}
      {children}
    </header>
  );
}

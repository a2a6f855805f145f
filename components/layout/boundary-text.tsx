"use client";
// The error and not-found pages (app/[locale]/error.tsx, not-found.tsx) are client components that get no
// params: the locale layout hands them their strings, already in the page's language, through this
// context — instead of next-intl's client provider and message formatter, which every public page would
// otherwise load.
import { createContext, useContext, type ReactNode } from "react";

export interface BoundaryText {
  error: { title: string; body: string; retry: string };
  notFound: { title: string; body: string; backHome: string };
  /** The locale's home page, e.g. "/ko". */
  home: string;
}

const BoundaryTextContext = createContext<BoundaryText | null>(null);

export function BoundaryTextProvider({ text, children }: { text: BoundaryText; children: ReactNode }) {
  return <BoundaryTextContext value={text}>{children}</BoundaryTextContext>;
}

export function useBoundaryText(): BoundaryText {
  const text = useContext(BoundaryTextContext);
  if (!text) throw new Error("useBoundaryText outside the locale layout");
  return text;
}

// The admin area: not a public page. Never indexed (robots.txt also disallows /*/admin).
import type { Metadata } from "next";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AdminLayout({ children }: LayoutProps<"/[locale]/admin">) {
  return children;
}

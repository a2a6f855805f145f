// The admin wing: its own shell (components/admin/admin-shell.tsx: the way back, who is signed in,
// sign-out, the navigation between its areas), never the public header and footer, never indexed
// (robots.txt also disallows /*/admin).
//
// Every admin page is rendered per request (the empty <PerRequest> hole below), so that Next.js streams
// its scripts with this request's CSP nonce (proxy.ts, lib/security-headers.ts). A fully prerendered page
// (the sign-in page had no other dynamic part) would be served with scripts written at build time, which
// carry no nonce and are refused by the admin's policy. The page itself sits inside one <Suspense>: it
// reads the session and its params, and awaits them directly (components/admin/admin-frame.tsx).
import { Suspense } from "react";
import type { Metadata } from "next";
import { connection } from "next/server";
import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { AdminShellHeader } from "@/components/admin/admin-shell";
import { signOutAction } from "./actions";

export const metadata: Metadata = { robots: { index: false, follow: false } };

async function PerRequest() {
  await connection();
  return null;
}

export default async function AdminLayout({ children, params }: LayoutProps<"/[locale]/admin">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return (
    <>
      <AdminShellHeader locale={locale} signOut={signOutAction.bind(null, locale)} />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        <Suspense fallback={<p className="text-slate-600">…</p>}>{children}</Suspense>
      </main>
      <Suspense fallback={null}>
        <PerRequest />
      </Suspense>
    </>
  );
}

// The admin area: not a public page. Never indexed (robots.txt also disallows /*/admin).
//
// Every admin page is rendered per request (the empty <PerRequest> hole below), so that Next.js streams
// its scripts with this request's CSP nonce (proxy.ts, lib/security-headers.ts). A fully prerendered page
// (the sign-in page had no other dynamic part) would be served with scripts written at build time, which
// carry no nonce and are refused by the admin's policy.
import { Suspense } from "react";
import type { Metadata } from "next";
import { connection } from "next/server";

export const metadata: Metadata = { robots: { index: false, follow: false } };

async function PerRequest() {
  await connection();
  return null;
}

export default function AdminLayout({ children }: LayoutProps<"/[locale]/admin">) {
  return (
    <>
      {children}
      <Suspense fallback={null}>
        <PerRequest />
      </Suspense>
    </>
  );
}

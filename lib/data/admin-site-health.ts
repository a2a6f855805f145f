// The site-health report for the admin (/admin/site-health): the same check as `npm run check:site`,
// for editors and admins (content:publish), run on the app's database when the page is opened.
import "server-only";
import { db } from "@/lib/db";
import { siteUrl } from "@/lib/env";
import { can, type AdminUser } from "@/lib/auth/permissions";
import { siteHealth, type HealthReport } from "@/lib/health/site-health";

export async function siteHealthReport(
  actor: AdminUser | null,
): Promise<{ ok: true; report: HealthReport } | { ok: false; error: "forbidden" }> {
  if (!can(actor, "content:publish")) return { ok: false, error: "forbidden" };
  return { ok: true, report: await siteHealth(db, { origin: siteUrl() }) };
}

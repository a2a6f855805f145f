// /{locale}/admin/inquiries/export.csv: every inquiry as CSV, for staff with inquiry:read only.
// (The proxy leaves paths with a dot alone, so this is reached as is.)
import { adminFor } from "@/lib/auth/guard";
import { exportInquiriesCsv } from "@/lib/admin/inquiries";

export async function GET(): Promise<Response> {
  const allowed = await adminFor("inquiry:read");
  if (!allowed.ok) {
    return new Response(allowed.status === 401 ? "Sign in first.\n" : "Forbidden.\n", {
      status: allowed.status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  const result = await exportInquiriesCsv(allowed.user);
  if (!result.ok) return new Response("Forbidden.\n", { status: 403, headers: { "cache-control": "no-store" } });
  const date = new Date().toISOString().slice(0, 10);
  return new Response(result.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="inquiries-${date}.csv"`,
      "cache-control": "no-store",
    },
  });
}

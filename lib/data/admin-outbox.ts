// The outbox (admins only): mail the site would have sent when no SMTP_URL is set (lib/follow/queue.ts).
import "server-only";
import { db } from "@/lib/db";
import { can, type AdminUser } from "@/lib/auth/permissions";
import { mailMode } from "@/lib/follow/mailer";

export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  text: string;
  headers: Record<string, string>;
  createdAt: string;
}

export async function listOutbox(
  actor: AdminUser | null,
): Promise<{ ok: true; mode: "smtp" | "outbox"; entries: OutboxEntry[] } | { ok: false; error: "forbidden" }> {
  if (!can(actor, "user:manage")) return { ok: false, error: "forbidden" };
  const rows = await db.outboxMail.findMany({ orderBy: { createdAt: "desc" }, take: 100 });
  return {
    ok: true,
    mode: mailMode(),
    entries: rows.map((r) => ({
      id: r.id,
      to: r.to,
      subject: r.subject,
      text: r.text,
      headers: (r.headers ?? {}) as Record<string, string>,
      createdAt: r.createdAt.toISOString(),
    })),
  };
}

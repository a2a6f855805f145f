// Where mail goes: SMTP through nodemailer when SMTP_URL is set, else the outbox table (lib/follow/queue.ts
// writes it; admins read it at /admin/outbox). One transporter per process.
import "server-only";
import nodemailer, { type SendMailOptions } from "nodemailer";
import { env, siteUrl } from "@/lib/env";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058). */
  headers: Record<string, string>;
}

export interface MailTransport {
  sendMail(message: SendMailOptions): Promise<unknown>;
}

export const mailMode = (): "smtp" | "outbox" => (env().SMTP_URL ? "smtp" : "outbox");

export function mailFrom(): string {
  return env().MAIL_FROM ?? `no-reply@${new URL(siteUrl()).hostname}`;
}

const KEY = Symbol.for("portal.mailTransport");

function smtpTransport(): MailTransport {
  const g = globalThis as unknown as Record<symbol, MailTransport | undefined>;
  return (g[KEY] ??= nodemailer.createTransport(env().SMTP_URL!));
}

/** Hands one message to SMTP. Its Message-ID is derived from the job's idempotency key. */
export async function deliver(mail: Mail, key: string, transport: MailTransport | null): Promise<void> {
  const host = new URL(siteUrl()).hostname;
  const id = Buffer.from(key).toString("base64url").slice(0, 120);
  await (transport ?? smtpTransport()).sendMail({
    from: mailFrom(),
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    headers: mail.headers,
    messageId: `<${id}@${host}>`,
  });
}

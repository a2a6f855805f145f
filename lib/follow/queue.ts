// The durable mail queue: a table (MailJob) in the site's own PostgreSQL — the real server or the embedded
// PGlite alike — worked with SELECT … FOR UPDATE SKIP LOCKED (docs/decisions/010-mail-queue.md).
//
// - enqueue: inside the caller's transaction (a publication and its fan-out commit together); the
//   idempotency key is unique, so enqueuing the same work twice is a no-op.
// - claim: a worker locks a batch for LOCK_MS (attempts + 1); a crashed worker's jobs come back when the
//   lock runs out; two workers never claim the same job.
// - send: `sendingAt` is committed before the message is handed to SMTP. A job found claimed again with
//   `sendingAt` set was interrupted between handing the message over and recording it: it is closed as
//   "interrupted", never sent a second time. A refusal by the SMTP server (or a failure before the message
//   was handed over) is retried with back-off, up to maxAttempts.
// - outbox (no SMTP_URL): the message row and the job's completion commit in one transaction: exactly once.
import "server-only";
import crypto from "node:crypto";
import type { Db } from "@/lib/prisma-client";
import { db } from "@/lib/db";
import { deliver, mailMode, type Mail, type MailTransport } from "./mailer";
import { composeJob, fanout, sweep } from "./notify";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export const LOCK_MS = 2 * 60 * 1000;
const BACKOFF_MS = 30 * 1000;
/** A fan-out reads every reader of a language: give it time on a loaded machine (Prisma's default is 5 s). */
const TX = { maxWait: 15_000, timeout: 60_000 };

export async function enqueue(
  client: Tx | Db,
  job: { kind: "fanout" | "send"; key: string; payload: object; runAt?: Date },
): Promise<void> {
  await client.mailJob.createMany({
    data: [{ kind: job.kind, idempotencyKey: job.key, payload: job.payload, runAt: job.runAt ?? new Date() }],
    skipDuplicates: true,
  });
}

interface Claimed {
  id: string;
  kind: string;
  idempotencyKey: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
  sendingAt: Date | null;
}

async function claim(client: Db, worker: string, batch: number): Promise<Claimed[]> {
  return client.$queryRaw<Claimed[]>`
    UPDATE "MailJob" SET "lockedBy" = ${worker}, "lockedUntil" = now() + make_interval(secs => ${LOCK_MS / 1000}), attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "MailJob"
      WHERE "doneAt" IS NULL AND "runAt" <= now() AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
      ORDER BY "runAt", "createdAt", id
      LIMIT ${batch}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, "idempotencyKey", payload, attempts, "maxAttempts", "sendingAt"`;
}

const finish = (client: Tx | Db, job: Claimed, worker: string, outcome: string, lastError?: string) =>
  client.mailJob.updateMany({
    where: { id: job.id, lockedBy: worker },
    data: { doneAt: new Date(), outcome, lockedUntil: null, ...(lastError ? { lastError } : {}) },
  });

export interface RunOptions {
  /** Stops after the job in hand (the rest of the claimed batch is released at once). */
  signal?: AbortSignal;
  batch?: number;
  /** A transport of the caller's (tests); default: SMTP_URL, else the outbox. */
  transport?: MailTransport | null;
  workerId?: string;
  /** Called after each message is handed over (tests stop a worker mid-batch with it). */
  onSent?: (job: { key: string }) => void;
}

export interface RunSummary {
  sent: number;
  outbox: number;
  skipped: number;
  retried: number;
  failed: number;
  interrupted: number;
}

/** Runs the queue until nothing is due (or the signal stops it): housekeeping, then batches of jobs. */
export async function runMailQueue(opts: RunOptions = {}, client: Db = db): Promise<RunSummary> {
  const worker = opts.workerId ?? `w-${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
  const summary: RunSummary = { sent: 0, outbox: 0, skipped: 0, retried: 0, failed: 0, interrupted: 0 };
  const transport = opts.transport === undefined ? null : opts.transport;
  const mode = transport ? "smtp" : mailMode();
  await sweep(client);
  for (let round = 0; round < 100 && !opts.signal?.aborted; round++) {
    const jobs = await claim(client, worker, opts.batch ?? 20);
    if (jobs.length === 0) break;
    for (let i = 0; i < jobs.length; i++) {
      const job = jobs[i]!;
      if (opts.signal?.aborted) {
        // Give back what was claimed and not started: the next worker takes it at once.
        const rest = jobs.slice(i).map((j) => j.id);
        await client.mailJob.updateMany({
          where: { id: { in: rest }, lockedBy: worker, sendingAt: null },
          data: { lockedUntil: null, lockedBy: null, attempts: { decrement: 1 } },
        });
        break;
      }
      try {
        await runJob(client, job, worker, mode, transport, summary, opts.onSent);
      } catch (e) {
        await retryLater(client, job, worker, e, summary);
      }
    }
  }
  return summary;
}

async function retryLater(client: Db, job: Claimed, worker: string, e: unknown, summary: RunSummary) {
  const message = String((e as Error)?.message ?? e).slice(0, 500);
  if (job.attempts >= job.maxAttempts) {
    await finish(client, job, worker, "failed", message);
    summary.failed++;
    console.error(`mail queue: ${job.idempotencyKey} failed for good: ${message}`);
    return;
  }
  await client.mailJob.updateMany({
    where: { id: job.id, lockedBy: worker },
    data: {
      lockedUntil: null,
      lockedBy: null,
      sendingAt: null,
      lastError: message,
      runAt: new Date(Date.now() + BACKOFF_MS * 2 ** (job.attempts - 1)),
    },
  });
  summary.retried++;
}

async function runJob(
  client: Db,
  job: Claimed,
  worker: string,
  mode: "smtp" | "outbox",
  transport: MailTransport | null,
  summary: RunSummary,
  onSent?: RunOptions["onSent"],
) {
  if (job.sendingAt) {
    // A worker handed this message to SMTP and stopped before recording it: it may have gone out.
    await finish(client, job, worker, "interrupted", "interrupted while sending; not sent again");
    summary.interrupted++;
    console.error(`mail queue: ${job.idempotencyKey} was interrupted while sending; not sent again`);
    return;
  }
  if (job.kind === "fanout") {
    await client.$transaction(async (tx) => {
      await fanout(tx, String(job.payload.changeId ?? ""));
      await finish(tx, job, worker, "done");
    }, TX);
    return;
  }
  const mail: Mail | null = await composeJob(client, job.payload);
  if (!mail) {
    await finish(client, job, worker, "skipped");
    summary.skipped++;
    return;
  }
  if (mode === "outbox") {
    await client.$transaction(async (tx) => {
      await tx.outboxMail.createMany({
        data: [
          {
            idempotencyKey: job.idempotencyKey,
            to: mail.to,
            subject: mail.subject,
            text: mail.text,
            headers: mail.headers,
          },
        ],
        skipDuplicates: true,
      });
      await finish(tx, job, worker, "outbox");
    }, TX);
    summary.outbox++;
    onSent?.({ key: job.idempotencyKey });
    return;
  }
  const marked = await client.mailJob.updateMany({
    where: { id: job.id, lockedBy: worker, sendingAt: null },
    data: { sendingAt: new Date() },
  });
  if (marked.count !== 1) return; // the lock was lost to another worker
  try {
    await deliver(mail, job.idempotencyKey, transport);
  } catch (e) {
    const err = e as { responseCode?: number; command?: string };
    // Refused by the server, or failed before the message was handed over: it was not sent; retry.
    if (err.responseCode || err.command !== "DATA") throw e;
    await finish(client, job, worker, "interrupted", String((e as Error).message).slice(0, 500));
    summary.interrupted++;
    return;
  }
  await finish(client, job, worker, "sent");
  summary.sent++;
  onSent?.({ key: job.idempotencyKey });
}

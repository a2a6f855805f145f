// Following changes by email, end to end against a real SMTP server started here (smtp-server) and a real,
// migrated and seeded database: a Korean subscription, its confirmation, a policy change published →
// exactly one Korean email with the changed article's permalink and the change note and RFC 8058 headers;
// one-click unsubscribe through the route handler; nothing after it; a worker stopped mid-batch and a new
// one started send nothing twice; a message interrupted mid-send is not sent again; a refused message is
// retried and then delivered once; the subscribe rate limit and the expiry of unconfirmed follows.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import type { AdminUser } from "@/lib/auth/permissions";
import { makeUser } from "../support/factories";

const SITE = "http://portal.test";
const SLUG = "changjitu-2014-work-points";
const ANCHOR = "article-3";
const NOTE = "제3항의 문구를 바로잡았습니다.";

let app: AppDatabase;
let db: Db;
let smtp: SmtpCapture;

let content: typeof import("@/lib/admin/content");
let subs: typeof import("@/lib/data/subscriptions");
let queue: typeof import("@/lib/follow/queue");
let editor: AdminUser;

const mailsTo = (to: string) => smtp.mailsTo(to);

async function publishKoArticle(anchor: string, suffix: string, note?: string) {
  const key = `${SLUG}~${anchor}`;
  const row = await db.policyArticleTranslation.findFirstOrThrow({
    where: { article: { policy: { slug: SLUG }, anchor }, locale: "ko" },
  });
  const saved = await content.saveContentTranslation(editor, {
    type: "policy-article",
    key,
    locale: "ko",
    expectedRevision: row.draftRevision ?? row.revision,
    heading: row.heading,
    body: `${row.body} ${suffix}`,
  });
  expect(saved.ok).toBe(true);
  const r = await content.publishTranslation(editor, {
    type: "policy-article",
    key,
    locale: "ko",
    expectedRevision: saved.ok ? saved.revision : 0,
    note,
  });
  expect(r.ok).toBe(true);
}

/** Subscribes and confirms through the confirmation email's link, as a reader would. */
async function subscribeConfirmed(email: string, client: string) {
  const before = smtp.received.length;
  expect(
    await subs.subscribe(
      { email, locale: "ko", frequency: "instant", target: { kind: "policy", slug: SLUG } },
      { clientKey: client },
    ),
  ).toEqual({ ok: true });
  await queue.runMailQueue();
  const mail = smtp.received.slice(before).find((m) => m.to && !Array.isArray(m.to) && m.to.text === email)!;
  expect(mail, `confirmation to ${email}`).toBeDefined();
  const link = /https?:\/\/\S+\/ko\/subscribe\/confirm\?token=(\S+)/.exec(mail.text ?? "")!;
  expect(await subs.confirmFollow(decodeURIComponent(link[1]!))).not.toBeNull();
  return mail;
}

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Portal <alerts@portal.test>";
  process.env.SITE_URL = SITE;
  app = await appDatabase("follow", { seed: true });
  db = app.db;
  content = await import("@/lib/admin/content");
  subs = await import("@/lib/data/subscriptions");
  queue = await import("@/lib/follow/queue");
  editor = await makeUser(db, "editor@example.org", "editor");
});

afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

describe("a Korean reader follows a policy", () => {
  const email = "kim@example.kr";
  let oneClick = "";

  it("gets one Korean confirmation email; the follow counts only once confirmed", async () => {
    const confirmation = await subscribeConfirmed(email, "203.0.113.5");
    expect(confirmation.subject).toBe("구독을 확인하십시오");
    expect(confirmation.from?.text).toContain("alerts@portal.test");
    const follow = await db.follow.findFirstOrThrow({ where: { subscriber: { email } } });
    expect(follow.confirmedAt).not.toBeNull();
    expect(follow.expiresAt).toBeNull();
  });

  it("publishing a Korean change of an article sends exactly one Korean email with the permalink and the note", async () => {
    const before = mailsTo(email).length;
    await publishKoArticle(ANCHOR, "(수정)", NOTE);
    // A change in another language and an unrelated news change are not for this reader.
    const news = await db.newsTranslation.findFirstOrThrow({
      where: { locale: "ko", status: "published" },
      include: { article: true },
    });
    const n = await content.publishTranslation(editor, {
      type: "news",
      key: news.article.slug,
      locale: "ko",
      expectedRevision: news.draftRevision ?? news.revision,
      note: "뉴스 안내",
    });
    expect(n.ok).toBe(true);
    await queue.runMailQueue();
    await queue.runMailQueue();
    const mails = mailsTo(email).slice(before);
    expect(mails).toHaveLength(1);
    const m = mails[0]!;
    expect(m.subject).toMatch(/^변경됨: /);
    expect(m.text).toContain(`${SITE}/ko/policies/${SLUG}#${ANCHOR}`);
    expect(m.text).toContain(NOTE);
    expect(m.text).toContain("변경된 조항:");
    expect(m.text).not.toContain("뉴스 안내");
    expect(m.text).toMatch(/구독 해지: http:\/\/portal\.test\/api\/follow\/unsubscribe\?token=\S+&locale=ko/);
    const header = (name: string) =>
      m.headerLines
        .find((h) => h.key === name)
        ?.line.replace(/^[^:]+:\s*/, "")
        .replace(/\r?\n\s+/g, "") ?? "";
    const lu = header("list-unsubscribe");
    expect(lu).toMatch(new RegExp(`^<${SITE}/api/follow/unsubscribe\\?token=[^>]+>$`));
    expect(header("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    oneClick = lu.slice(1, -1);
    // The change is on the public record in Korean only, with its article.
    const change = await db.publicChange.findFirstOrThrow({
      where: { subjectSlug: SLUG, locale: "ko", baseline: false },
    });
    expect(change.note).toBe(NOTE);
    expect(change.anchors).toEqual([ANCHOR]);
    expect(await db.publicChange.count({ where: { subjectSlug: SLUG, locale: { not: "ko" } } })).toBe(0);
  });

  it("the one-click POST unsubscribes and deletes the reader; no email after it", async () => {
    const { POST } = await import("@/app/api/follow/unsubscribe/route");
    const forged = await POST(
      new Request(`${SITE}/api/follow/unsubscribe?token=x.${"A".repeat(32)}`, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }) as never,
    );
    expect(forged.status).toBe(400);
    // Opening the link (GET) changes nothing: a page in Korean with one button that posts.
    const { GET } = await import("@/app/api/follow/unsubscribe/route");
    const page = await GET(new Request(`${oneClick}&locale=ko`) as never);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('lang="ko-KR"');
    expect(html).toMatch(/<form method="post" action="\/api\/follow\/unsubscribe\?token=[^"]+&amp;locale=ko">/);
    expect(await db.subscriber.count({ where: { email } })).toBe(1);
    const res = await POST(
      new Request(oneClick, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }) as never,
    );
    expect(res.status).toBe(200);
    expect(await db.subscriber.count({ where: { email } })).toBe(0);
    const before = mailsTo(email).length;
    await publishKoArticle(ANCHOR, "(재수정)", "다시 고쳤습니다.");
    await queue.runMailQueue();
    expect(mailsTo(email).length).toBe(before);
  });
});

describe("the queue never sends twice", () => {
  it("a worker stopped mid-batch and a new one deliver each message exactly once", async () => {
    const readers = Array.from({ length: 6 }, (_, i) => `reader${i}@example.kr`);
    for (const [i, r] of readers.entries()) await subscribeConfirmed(r, `198.51.100.${i + 1}`);
    const before = smtp.received.length;
    await publishKoArticle("article-4", "(제4항 수정)", "제4항을 고쳤습니다.");
    // Worker A: fan-out, then two messages, then it is told to stop.
    const stop = new AbortController();
    let sent = 0;
    const a = await queue.runMailQueue({
      batch: 10,
      workerId: "A",
      signal: stop.signal,
      onSent: () => ++sent === 2 && stop.abort(),
    });
    expect(a.sent).toBe(2);
    const b = await queue.runMailQueue({ workerId: "B" });
    expect(b.sent).toBe(4);
    await queue.runMailQueue({ workerId: "C" });
    const got = smtp.received.slice(before).map((m) => (m.to && !Array.isArray(m.to) ? m.to.text : ""));
    expect(got.sort()).toEqual([...readers].sort());
  });

  it("a message interrupted between SMTP and the record is not sent again; a refused one is retried once", async () => {
    await publishKoArticle("article-5", "(제5항 수정)");
    // Worker F fans the change out, sends one message and is stopped.
    const stop = new AbortController();
    const f = await queue.runMailQueue({ workerId: "F", batch: 1, signal: stop.signal, onSent: () => stop.abort() });
    expect(f.sent).toBe(1);
    const before = smtp.received.length;
    const jobs = await db.mailJob.findMany({ where: { kind: "send", doneAt: null }, orderBy: { createdAt: "asc" } });
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    // One as a crashed worker left it: handed to SMTP (sendingAt), lock expired, not recorded.
    const crashed = jobs[0]!;
    await db.mailJob.update({
      where: { id: crashed.id },
      data: { sendingAt: new Date(), lockedBy: "dead", lockedUntil: new Date(Date.now() - 1000), attempts: 1 },
    });
    // One whose recipient the server refuses once.
    const refused = jobs[1]!;
    const refusedTo = (
      await db.subscriber.findUniqueOrThrow({
        where: { id: String((refused.payload as { subscriberId: string }).subscriberId) },
      })
    ).email;
    smtp.refuseOnce.add(refusedTo);
    // The interrupted message is reported on the server's log (console.error), once.
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const r1 = await queue.runMailQueue({ workerId: "D" });
    const logged = errors.mock.calls.map((c) => String(c[0]));
    errors.mockRestore();
    expect(logged).toEqual([`mail queue: ${crashed.idempotencyKey} was interrupted while sending; not sent again`]);
    expect(r1.interrupted).toBe(1);
    expect(r1.retried).toBe(1);
    expect((await db.mailJob.findUniqueOrThrow({ where: { id: crashed.id } })).outcome).toBe("interrupted");
    await db.mailJob.update({ where: { id: refused.id }, data: { runAt: new Date() } });
    const r2 = await queue.runMailQueue({ workerId: "E" });
    expect(r2.sent).toBe(1);
    const got = smtp.received.slice(before).map((m) => (m.to && !Array.isArray(m.to) ? m.to.text : ""));
    expect(got.filter((t) => t === refusedTo)).toHaveLength(1);
    expect(got).toHaveLength(jobs.length - 1);
    expect(new Set(got).size).toBe(got.length);
  });
});

describe("weekly digest", () => {
  it("a weekly reader gets nothing at once and one digest of the week's changes when it is due", async () => {
    const email = "weekly@example.kr";
    await subscribeConfirmed(email, "203.0.113.9");
    await db.subscriber.update({ where: { email }, data: { frequency: "weekly", digestFrom: new Date() } });
    await publishKoArticle("article-6", "(제6항 수정)", "제6항을 고쳤습니다.");
    await publishKoArticle("article-7", "(제7항 수정)", "제7항을 고쳤습니다.");
    await queue.runMailQueue();
    expect(mailsTo(email)).toHaveLength(1); // the confirmation only
    await db.subscriber.update({
      where: { email },
      data: { digestFrom: new Date(Date.now() - 8 * 24 * 60 * 60 * 1000) },
    });
    await queue.runMailQueue();
    await queue.runMailQueue();
    const digests = mailsTo(email).slice(1);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toBe("이번 주 변경 사항(2건)");
    expect(digests[0]!.text).toContain("제6항을 고쳤습니다.");
    expect(digests[0]!.text).toContain(`${SITE}/ko/policies/${SLUG}#article-7`);
  });
});

describe("abuse limits", () => {
  it("limits subscriptions per client address and expires unconfirmed follows", async () => {
    const client = "192.0.2.77";
    for (let i = 0; i < subs.SUBSCRIBE_LIMIT; i++)
      expect(
        await subs.subscribe(
          { email: `x${i}@example.org`, locale: "en", frequency: "weekly", target: { kind: "news" } },
          { clientKey: client },
        ),
      ).toEqual({ ok: true });
    expect(
      await subs.subscribe(
        { email: "y@example.org", locale: "en", frequency: "weekly", target: { kind: "news" } },
        { clientKey: client },
      ),
    ).toEqual({ ok: false, error: "rateLimited" });
    expect(
      (
        await subs.subscribe(
          { email: "not an address", locale: "en", frequency: "weekly", target: { kind: "news" } },
          { clientKey: "192.0.2.78" },
        )
      ).ok,
    ).toBe(false);
    expect(await db.follow.count({ where: { subscriber: { email: "x0@example.org" }, confirmedAt: null } })).toBe(1);
    await db.follow.updateMany({ where: { confirmedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await queue.runMailQueue();
    expect(await db.subscriber.count({ where: { email: "x0@example.org" } })).toBe(0);
  });
});

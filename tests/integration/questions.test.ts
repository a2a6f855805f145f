// Ask the zone, with a reply clock, end to end against a real SMTP server started here (smtp-server) and a
// real, migrated and seeded database: a Korean inquiry answered by staff → exactly one Korean email with
// the question and the answer; consent respected (no publication without it, on write and on every read);
// a public Q&A made from it goes through the normal draft → review → published flow in three languages,
// then lists, filters and search find it; the dashboard's reply clock and the site-health check agree on a
// planted question unanswered for more than 10 working days.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import { createUserWithPassword } from "@/lib/auth/users";
import { toAdminUser, type AdminUser } from "@/lib/auth/permissions";
import { addWorkingDays } from "@/lib/working-days";

let app: AppDatabase;
let db: Db;
let smtp: SmtpCapture;

let inquiries: typeof import("@/lib/data/inquiries");
let admin: typeof import("@/lib/admin/inquiries");
let content: typeof import("@/lib/admin/content");
let questions: typeof import("@/lib/data/questions");
let search: typeof import("@/lib/data/search");
let queue: typeof import("@/lib/follow/queue");
let health: typeof import("@/lib/health/site-health");
let editor: AdminUser;
let translator: AdminUser;

const ASKER = "park.jiwoo@example.kr";
const QUESTION_KO = "보세구역 안에 냉동 창고를 임차할 수 있습니까? 외국인 투자 기업도 신청할 수 있는지 알고 싶습니다.";
const ANSWER_KO = "네, 임차할 수 있습니다. 외국인 투자 기업도 같은 조건으로 신청할 수 있으며 투자유치국이 안내합니다.";
const mailsTo = (to: string) => smtp.mailsTo(to);

let seq = 0;
async function ask(overrides: Record<string, unknown> = {}, locale: "zh" | "ko" | "en" = "ko") {
  seq++;
  const r = await inquiries.createInquiry(
    {
      name: "박지우",
      organisation: "한빛물류",
      email: ASKER,
      country: "대한민국",
      interests: ["logistics"],
      message: QUESTION_KO,
      website: "",
      ...overrides,
    },
    { locale, clientKey: `198.51.100.${seq}` },
  );
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return (r as { reference: string }).reference;
}

beforeAll(async () => {
  smtp = await startSmtpCapture();
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Portal <answers@portal.test>";
  process.env.SITE_URL = "http://portal.test";
  app = await appDatabase("questions", { seed: true });
  db = app.db;
  inquiries = await import("@/lib/data/inquiries");
  admin = await import("@/lib/admin/inquiries");
  content = await import("@/lib/admin/content");
  questions = await import("@/lib/data/questions");
  search = await import("@/lib/data/search");
  queue = await import("@/lib/follow/queue");
  health = await import("@/lib/health/site-health");
  const e = await createUserWithPassword(db, {
    email: "editor@example.org",
    password: "a-long-enough-password",
    role: "editor",
    locales: [],
  });
  editor = toAdminUser(await db.user.findUniqueOrThrow({ where: { id: e.id } }))!;
  const t = await createUserWithPassword(db, {
    email: "translator@example.org",
    password: "a-long-enough-password",
    role: "translator",
    locales: ["zh", "en"],
  });
  translator = toAdminUser(await db.user.findUniqueOrThrow({ where: { id: t.id } }))!;
});

afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

describe("a Korean investor asks; staff answer", () => {
  let reference = "";

  it("stores consent only from the ticked box", async () => {
    reference = await ask({ allowPublication: "1" });
    const without = await ask({ allowPublication: "on" });
    const rows = await db.inquiry.findMany({
      where: { reference: { in: [reference, without] } },
      select: { reference: true, allowPublication: true, locale: true },
    });
    expect(rows.find((r) => r.reference === reference)).toMatchObject({ allowPublication: true, locale: "ko" });
    expect(rows.find((r) => r.reference === without)).toMatchObject({ allowPublication: false });
  });

  it("a translator may not answer; bad input writes nothing", async () => {
    expect(await admin.answerInquiry(translator, { reference, answer: ANSWER_KO })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(await admin.answerInquiry(editor, { reference, answer: "   " })).toEqual({ ok: false, error: "invalid" });
    expect(await admin.answerInquiry(editor, { reference: "INQ-'; DROP", answer: ANSWER_KO })).toEqual({
      ok: false,
      error: "invalid",
    });
    expect((await db.inquiry.findUniqueOrThrow({ where: { reference } })).answeredAt).toBeNull();
    expect(await db.mailJob.count({ where: { idempotencyKey: { startsWith: "inquiry-answer:" } } })).toBe(0);
  });

  it("the answer is emailed once, in Korean, with the question and the answer", async () => {
    expect(await admin.answerInquiry(editor, { reference, answer: ANSWER_KO })).toEqual({ ok: true, reference });
    expect(await admin.answerInquiry(editor, { reference, answer: "두 번째 답변" })).toEqual({
      ok: false,
      error: "alreadyAnswered",
    });
    await queue.runMailQueue();
    await queue.runMailQueue();
    const mails = mailsTo(ASKER);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toBe(`문의 ${reference}에 대한 답변`);
    expect(mail.from?.text).toContain("answers@portal.test");
    expect(mail.text).toContain(ANSWER_KO);
    expect(mail.text).toContain(`> ${QUESTION_KO}`);
    expect(mail.text).toContain("질의응답 공개에 동의하셨습니다");
    expect(mail.text).toContain("http://portal.test/ko/inquiry");
    const row = await db.inquiry.findUniqueOrThrow({ where: { reference } });
    expect(row).toMatchObject({ status: "answered", answer: ANSWER_KO, answeredById: editor.id });
    expect(await db.auditLog.count({ where: { action: "inquiry.answer", target: `inquiry:${reference}` } })).toBe(1);
  });

  it("an answer in English goes to an English asker in English", async () => {
    const en = await ask(
      { email: "jane@example.com", message: "Which documents does a foreign-invested company need to register?" },
      "en",
    );
    expect(
      (
        await admin.answerInquiry(editor, {
          reference: en,
          answer: "A business licence application and the articles of association.",
        })
      ).ok,
    ).toBe(true);
    await queue.runMailQueue();
    const mail = mailsTo("jane@example.com");
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(`Answer to your inquiry ${en}`);
    expect(mail[0]!.text).not.toContain("allowed publication");
  });
});

describe("publication: consent, then draft → review → published in three languages", () => {
  let reference = "";
  let slug = "";
  const zone = "china-rok-changchun";
  const topic = "logistics";

  beforeAll(async () => {
    reference = await ask({ allowPublication: "1", message: `${QUESTION_KO} 연락처: 010-1234-5678` });
    expect((await admin.answerInquiry(editor, { reference, answer: ANSWER_KO })).ok).toBe(true);
  });

  it("without the asker's consent nothing is published, on write and on read", async () => {
    const noConsent = await ask({ message: "동의하지 않은 질문입니다. 공개되면 안 됩니다." });
    expect((await admin.answerInquiry(editor, { reference: noConsent, answer: "비공개 답변입니다." })).ok).toBe(true);
    const refused = await admin.startPublicQuestion(editor, {
      reference: noConsent,
      question: "동의하지 않은 질문입니다.",
      answer: "비공개 답변입니다.",
    });
    expect(refused).toEqual({ ok: false, error: "noConsent" });
    expect(await db.question.count()).toBe(0);
    // Even a record written around the data layer stays private without consent.
    const inquiry = await db.inquiry.findUniqueOrThrow({ where: { reference: noConsent } });
    await db.question.create({
      data: {
        slug: "q-planted",
        originalLocale: "ko",
        inquiryId: inquiry.id,
        askedAt: inquiry.createdAt,
        answeredAt: new Date(),
        translations: {
          create: {
            locale: "ko",
            status: "published",
            question: "동의하지 않은 질문입니다. 공개되면 안 됩니다.",
            answer: "비공개 답변입니다.",
          },
        },
      },
    });
    expect(await questions.getQuestion("ko", "q-planted")).toBeNull();
    expect((await questions.listQuestions("ko")).total).toBe(0);
    const found = await search.searchContent("ko", "공개되면 안 됩니다");
    expect(found.ok && found.results.filter((r) => r.type === "question")).toEqual([]);
    await db.question.delete({ where: { slug: "q-planted" } });
  });

  it("an unanswered inquiry, a translator, or a second start are refused", async () => {
    const unanswered = await ask({ allowPublication: "1" });
    expect(
      await admin.startPublicQuestion(editor, { reference: unanswered, question: "질문", answer: "답변" }),
    ).toEqual({ ok: false, error: "notAnswered" });
    expect(await admin.startPublicQuestion(translator, { reference, question: "질문", answer: "답변" })).toEqual({
      ok: false,
      error: "forbidden",
    });
    expect(
      await admin.startPublicQuestion(editor, { reference, question: "질문", answer: "답변", topic: "not-a-topic" }),
    ).toEqual({ ok: false, error: "invalid" });
  });

  it("staff start a Korean draft without personal details; nothing is public yet", async () => {
    const r = await admin.startPublicQuestion(editor, {
      reference,
      question: QUESTION_KO,
      answer: ANSWER_KO,
      zone,
      topic,
    });
    expect(r).toEqual({ ok: true, slug: `q-${reference.toLowerCase()}`, locale: "ko" });
    slug = (r as { slug: string }).slug;
    expect(await admin.startPublicQuestion(editor, { reference, question: QUESTION_KO, answer: ANSWER_KO })).toEqual({
      ok: false,
      error: "exists",
    });
    const ko = await db.questionTranslation.findFirstOrThrow({ where: { item: { slug }, locale: "ko" } });
    expect(ko).toMatchObject({ status: "draft", draftRevision: 1 });
    expect(JSON.stringify(ko)).not.toContain("010-1234-5678");
    expect(await db.revision.count({ where: { entityType: "question-translation", entityId: ko.id } })).toBe(1);
    expect(await questions.getQuestion("ko", slug)).toBeNull();
    // It is an ordinary content item now: listed in the editor with its languages.
    const list = await content.listContent(editor, "question");
    expect(list.ok && list.items.map((i) => i.key)).toEqual([slug]);
  });

  it("the original is published, the translations go through review, and every language shows its own text", async () => {
    const koRow = await db.questionTranslation.findFirstOrThrow({ where: { item: { slug }, locale: "ko" } });
    expect(
      (
        await content.publishTranslation(editor, {
          type: "question",
          key: slug,
          locale: "ko",
          expectedRevision: koRow.draftRevision,
        })
      ).ok,
    ).toBe(true);
    const zh = {
      question: "能否在保税区内租用冷库？外商投资企业也可以申请吗？",
      answer: "可以租用。外商投资企业可按相同条件申请，由招商部门指导。",
    };
    const en = {
      question: "Can we rent a cold store inside the bonded zone? May a foreign-invested company apply?",
      answer:
        "Yes. Foreign-invested companies may apply on the same terms; the investment promotion bureau guides them.",
    };
    for (const [locale, values] of [
      ["zh", zh],
      ["en", en],
    ] as const) {
      const saved = await content.saveContentTranslation(translator, {
        type: "question",
        key: slug,
        locale,
        expectedRevision: 0,
        ...values,
      });
      expect(saved).toEqual({ ok: true, revision: 1 });
      // A translator never publishes; they submit for review.
      expect(
        await content.publishTranslation(translator, { type: "question", key: slug, locale, expectedRevision: 1 }),
      ).toEqual({ ok: false, error: "forbidden" });
      expect(
        (await content.submitForReview(translator, { type: "question", key: slug, locale, expectedRevision: 1 })).ok,
      ).toBe(true);
    }
    const queueNow = await content.listReviewQueue(editor);
    expect(
      queueNow.ok &&
        queueNow.entries
          .filter((e) => e.type === "question")
          .map((e) => e.locale)
          .sort(),
    ).toEqual(["en", "zh"]);
    // Before approval the Chinese page shows the Korean original with its notice.
    const fallback = await questions.getQuestion("zh", slug);
    expect(fallback).toMatchObject({ lang: "ko", fallback: true, question: QUESTION_KO });
    for (const locale of ["zh", "en"] as const)
      expect(
        (await content.publishTranslation(editor, { type: "question", key: slug, locale, expectedRevision: 1 })).ok,
      ).toBe(true);
    expect(await db.auditLog.count({ where: { action: "content.approve", target: `question:${slug}` } })).toBe(2);

    expect(await questions.getQuestion("ko", slug)).toMatchObject({
      lang: "ko",
      fallback: false,
      question: QUESTION_KO,
      answer: ANSWER_KO,
      zone: { slug: zone },
      topic,
    });
    expect(await questions.getQuestion("zh", slug)).toMatchObject({
      lang: "zh",
      fallback: false,
      question: zh.question,
      provenance: { original: "ko", outdated: false },
    });
    expect(await questions.getQuestion("en", slug)).toMatchObject({ lang: "en", question: en.question });
  });

  it("the public list filters by zone and topic, and site search finds it in every language", async () => {
    expect((await questions.listQuestions("en", { zone })).items.map((q) => q.slug)).toEqual([slug]);
    expect((await questions.listQuestions("en", { topic })).items.map((q) => q.slug)).toEqual([slug]);
    expect((await questions.listQuestions("en", { topic: "tourism" })).total).toBe(0);
    expect((await questions.listQuestions("en", { zone: "changjitu-pilot-zone" })).total).toBe(0);
    expect(await questions.getQuestionFacets()).toEqual({ zones: [zone], topics: [topic] });
    for (const [locale, q] of [
      ["ko", "냉동 창고"],
      ["zh", "冷库"],
      ["en", "cold store"],
    ] as const) {
      const found = await search.searchContent(locale, q);
      expect(found.ok && found.results.find((r) => r.type === "question"), `${locale}: ${q}`).toMatchObject({
        href: `/questions/${slug}`,
        lang: locale,
      });
    }
    // Nothing personal is published: the contact line of the original message is nowhere.
    const page = JSON.stringify(await questions.getQuestion("ko", slug));
    expect(page).not.toContain("010-1234-5678");
    expect(page).not.toContain(ASKER);
    expect((await questions.getQuestionSlugs()).map((s) => s.slug)).toEqual([slug]);
  });
});

describe("the reply clock", () => {
  it("counts a planted question unanswered for more than 10 working days, as site health does", async () => {
    const before = await admin.inquiryClock(editor);
    const old = await ask({ message: "오래전에 보낸 질문입니다. 아직 답변을 받지 못했습니다." });
    // 20 calendar days ago is always more than 10 working days (Monday–Friday, Beijing time).
    const receivedAt = new Date(Date.now() - 20 * 24 * 3600_000);
    await db.inquiry.update({ where: { reference: old }, data: { createdAt: receivedAt } });
    expect(addWorkingDays(receivedAt, 10).getTime()).toBeLessThan(Date.now());
    const clock = await admin.inquiryClock(editor);
    expect(clock!.unanswered).toBe(before!.unanswered + 1);
    expect(clock!.overdue).toBe(1);
    expect(clock!.oldest).toMatchObject({ reference: old, overdue: true });
    const report = await health.siteHealth(db);
    const overdue = report.findings.filter((f) => f.check === "overdueInquiry");
    expect(overdue.map((f) => f.params.reference)).toEqual([old]);
    expect(overdue).toHaveLength(clock!.overdue);
    // Translators see no clock; answering stops it.
    expect(await admin.inquiryClock(translator)).toBeNull();
    expect((await admin.answerInquiry(editor, { reference: old, answer: "늦어서 죄송합니다. 답변드립니다." })).ok).toBe(
      true,
    );
    expect((await admin.inquiryClock(editor))!.overdue).toBe(0);
    expect((await health.siteHealth(db)).findings.filter((f) => f.check === "overdueInquiry")).toHaveLength(0);
  });
});

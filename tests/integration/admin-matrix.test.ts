// Every admin action of the content editor (save a draft, submit for review, return, approve/publish,
// unpublish), deleting a policy article and undoing it, an image's alt text per language, and the
// inquiry inbox, for every content type, as each kind of caller: anonymous (no user),
// a translator (Korean only), a translator assigned the original's language, an editor and an admin.
// What a role may not do is refused with "forbidden" and changes nothing (the translation's revision,
// draft, review state and live text stay as they were); what it may do succeeds. Against a real,
// migrated and seeded database.
//
// The other admin areas test their own matrices: users and the audit log (admin-users.test.ts), media
// (admin-media.test.ts), scheduling (admin-schedule.test.ts), metadata and policy structure
// (admin-metadata.test.ts), history and the translation dashboard (admin-history.test.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";
import type { AdminUser } from "@/lib/auth/permissions";
import { makeInquiry, makeUser } from "../support/factories";
import { contentTypeKeys, contentTypes, type ContentType } from "@/lib/content-model/types";

let app: AppDatabase;
let db: Db;
let content: typeof import("@/lib/admin/content");
let inbox: typeof import("@/lib/admin/inquiries");

type Role = "anonymous" | "translator" | "zhTranslator" | "editor" | "admin";
const roles: Role[] = ["anonymous", "translator", "zhTranslator", "editor", "admin"];
const actors = {} as Record<Role, AdminUser | null>;

/** One item of each type: its key, and how to read a translation's state back. */
const items = {} as Record<ContentType, { key: string; state: (locale: string) => Promise<Record<string, unknown>> }>;

beforeAll(async () => {
  app = await appDatabase("matrix", { seed: true });
  db = app.db;
  content = await import("@/lib/admin/content");
  inbox = await import("@/lib/admin/inquiries");
  actors.anonymous = null;
  actors.translator = await makeUser(db, "ko@example.org", "translator", ["ko"]);
  // Assigned Chinese, the language of most originals: the original text is an editor's to change.
  actors.zhTranslator = await makeUser(db, "zh@example.org", "translator", ["zh"]);
  actors.editor = await makeUser(db, "editor@example.org", "editor");
  actors.admin = await makeUser(db, "admin@example.org", "admin");

  // The seed has no public questions (they come from answered inquiries): plant one, asked in Chinese.
  const inquiries = await import("@/lib/data/inquiries");
  const asked = await inquiries.createInquiry(
    {
      name: "王明",
      organisation: "长春某物流公司",
      email: "wang@example.cn",
      country: "中国",
      interests: ["logistics"],
      message: "保税区内可以租用冷库吗？",
      allowPublication: "1",
    },
    { locale: "zh", clientKey: "192.0.2.50" },
  );
  if (!asked.ok) throw new Error("could not plant an inquiry");
  await inbox.answerInquiry(actors.admin, { reference: asked.reference, answer: "可以租用。" });
  const planted = await inbox.startPublicQuestion(actors.admin, {
    reference: asked.reference,
    question: "保税区内可以租用冷库吗？",
    answer: "可以租用。",
  });
  if (!planted.ok) throw new Error(`could not plant a question: ${planted.error}`);
  await content.publishTranslation(actors.admin, {
    type: "question",
    key: planted.slug,
    locale: "zh",
    expectedRevision: 1,
  });
  // Like every seeded item, it has all three languages live.
  for (const [locale, question, answer] of [
    ["ko", "보세구역 안에서 냉동 창고를 임차할 수 있습니까?", "임차할 수 있습니다."],
    ["en", "Can we rent a cold store in the bonded zone?", "Yes."],
  ] as const) {
    await content.saveContentTranslation(actors.admin, {
      type: "question",
      key: planted.slug,
      locale,
      expectedRevision: 0,
      question,
      answer,
    });
    await content.publishTranslation(actors.admin, {
      type: "question",
      key: planted.slug,
      locale,
      expectedRevision: 1,
    });
  }

  const first = async (type: ContentType) => {
    const r = await content.listContent(actors.admin, type);
    if (!r.ok || !r.items[0]) throw new Error(`no ${type} in the seed`);
    return r.items[0].key;
  };
  for (const type of contentTypeKeys) {
    const key = await first(type);
    const state = async (locale: string) => {
      const r = await content.getContentForEditing(actors.admin, type, key, locale);
      if (!r.ok) return {};
      const t = r.item.translation;
      return {
        revision: t.revision,
        live: t.liveRevision,
        status: t.status,
        review: t.review,
        note: t.reviewNote,
        draft: JSON.stringify(t.values),
        text: JSON.stringify(t.live),
      };
    };
    items[type] = { key, state };
  }
});

afterAll(async () => {
  await app?.close();
});

/** Values for every field of a type, valid for its limits. */
function values(type: ContentType, tag: string) {
  return Object.fromEntries(
    contentTypes[type].fields.map((f) => [
      f.name,
      f.kind === "list" ? `${tag} 1\n${tag} 2` : `${tag} ${f.name}`.slice(0, f.max),
    ]),
  );
}

// The seed's originals are Chinese except one English news article (skipped by picking the first item of
// each type, checked below), so "zh" here is the original's language.
const mayEditKo: Record<Role, boolean> = {
  anonymous: false,
  translator: true,
  zhTranslator: false,
  editor: true,
  admin: true,
};
const mayEditZh: Record<Role, boolean> = {
  anonymous: false,
  translator: false,
  zhTranslator: false,
  editor: true,
  admin: true,
};
const mayPublish: Record<Role, boolean> = {
  anonymous: false,
  translator: false,
  zhTranslator: false,
  editor: true,
  admin: true,
};

describe.each(contentTypeKeys)("content type %s", (type) => {
  const target = async (locale: string) => ({
    type,
    key: items[type].key,
    locale,
    expectedRevision: (await items[type].state(locale)).revision as number,
  });
  /** As the admin: a fresh ko draft, submitted for review when asked. */
  const prepare = async (submitted: boolean) => {
    const saved = await content.saveContentTranslation(actors.admin, {
      ...(await target("ko")),
      ...values(type, "prepared"),
    });
    expect(saved.ok).toBe(true);
    if (submitted) expect((await content.submitForReview(actors.admin, await target("ko"))).ok).toBe(true);
  };

  it("picks an item whose original is Chinese", async () => {
    const r = await content.getContentForEditing(actors.admin, type, items[type].key, "zh");
    expect(r.ok && r.item.originalLocale).toBe("zh");
  });

  it.each(roles)("list and read, as %s", async (role) => {
    const list = await content.listContent(actors[role], type);
    expect(list.ok).toBe(role !== "anonymous");
    const ko = await content.getContentForEditing(actors[role], type, items[type].key, "ko");
    expect(ko.ok ? "ok" : ko.error).toBe(mayEditKo[role] ? "ok" : "forbidden");
    const zh = await content.getContentForEditing(actors[role], type, items[type].key, "zh");
    expect(zh.ok ? "ok" : zh.error).toBe(mayEditZh[role] ? "ok" : "forbidden");
  });

  it.each(roles)("save a draft of the ko and the zh text, as %s (the live text never moves)", async (role) => {
    for (const [locale, allowed] of [
      ["ko", mayEditKo[role]],
      ["zh", mayEditZh[role]],
    ] as const) {
      const before = await items[type].state(locale);
      const r = await content.saveContentTranslation(actors[role], {
        ...(await target(locale)),
        ...values(type, `${role}-${locale}`),
      });
      const after = await items[type].state(locale);
      expect(after.text).toBe(before.text);
      if (allowed) {
        expect(r).toEqual({ ok: true, revision: (before.revision as number) + 1 });
        expect(after.draft).toContain(`${role}-${locale}`);
      } else {
        expect(r).toEqual({ ok: false, error: "forbidden" });
        expect(after).toEqual(before);
      }
    }
  });

  it.each(roles)("submit a ko draft for review, as %s", async (role) => {
    await prepare(false);
    const before = await items[type].state("ko");
    const r = await content.submitForReview(actors[role], await target("ko"));
    if (mayEditKo[role]) {
      expect(r).toEqual({ ok: true, revision: before.revision });
      expect((await items[type].state("ko")).review).toBe("submitted");
    } else {
      expect(r).toEqual({ ok: false, error: "forbidden" });
      expect(await items[type].state("ko")).toEqual(before);
    }
  });

  it.each(roles)("return a submitted ko draft with a comment, as %s", async (role) => {
    await prepare(true);
    const before = await items[type].state("ko");
    const r = await content.returnForRevision(actors[role], { ...(await target("ko")), note: `returned by ${role}` });
    if (mayPublish[role]) {
      expect(r).toEqual({ ok: true, revision: before.revision });
      expect(await items[type].state("ko")).toMatchObject({
        review: "returned",
        note: `returned by ${role}`,
        text: before.text,
      });
    } else {
      expect(r).toEqual({ ok: false, error: "forbidden" });
      expect(await items[type].state("ko")).toEqual(before);
    }
  });

  it.each(roles)("approve (publish) a submitted ko draft, as %s", async (role) => {
    await prepare(true);
    const before = await items[type].state("ko");
    const r = await content.publishTranslation(actors[role], await target("ko"));
    if (mayPublish[role]) {
      expect(r).toEqual({ ok: true, revision: before.revision });
      expect(await items[type].state("ko")).toMatchObject({
        live: before.revision,
        status: "published",
        review: "none",
        text: before.draft,
      });
    } else {
      expect(r).toEqual({ ok: false, error: "forbidden" });
      expect(await items[type].state("ko")).toEqual(before);
    }
  });

  it.each(roles)("unpublish and publish en, as %s", async (role) => {
    const before = await items[type].state("en");
    const r = await content.setContentStatus(actors[role], { ...(await target("en")), status: "draft" });
    if (!mayPublish[role]) {
      expect(r).toEqual({ ok: false, error: "forbidden" });
      expect(await items[type].state("en")).toEqual(before);
      return;
    }
    expect(r.ok).toBe(true);
    expect((await items[type].state("en")).status).toBe("draft");
    const back = await content.setContentStatus(actors[role], { ...(await target("en")), status: "published" });
    expect(back.ok).toBe(true);
    expect((await items[type].state("en")).status).toBe("published");
  });
});

describe("policy article: delete and undo", () => {
  const mayEditStructure: Record<Role, boolean> = {
    anonymous: false,
    translator: false,
    zhTranslator: false,
    editor: true,
    admin: true,
  };
  let structure: typeof import("@/lib/admin/policy-structure");
  let slug = "";
  const version = async () => (await db.policy.findUniqueOrThrow({ where: { slug } })).version;
  const articles = async () =>
    (await db.policyArticle.findMany({ where: { policy: { slug } }, select: { anchor: true } }))
      .map((a) => a.anchor)
      .sort();

  beforeAll(async () => {
    structure = await import("@/lib/admin/policy-structure");
    slug = (await db.policy.findFirstOrThrow({ select: { slug: true } })).slug;
  });

  it.each(roles)("delete an article and restore it, as %s", async (role) => {
    const anchor = "article-2";
    const before = { version: await version(), articles: await articles() };
    const del = await structure.deleteArticle(actors[role], {
      policy: slug,
      expectedVersion: before.version,
      anchor,
      confirm: true,
    });
    if (!mayEditStructure[role]) {
      expect(del).toEqual({ ok: false, error: "forbidden" });
      // Deleted by an editor, the undo is refused to this role as well.
      expect(
        (
          await structure.deleteArticle(actors.admin, {
            policy: slug,
            expectedVersion: before.version,
            anchor,
            confirm: true,
          })
        ).ok,
      ).toBe(true);
      const [deletion] = await structure.listDeletedArticles(actors.admin, slug);
      expect(await structure.listDeletedArticles(actors[role], slug)).toEqual([]);
      expect(
        await structure.restoreArticle(actors[role], {
          policy: slug,
          expectedVersion: before.version + 1,
          deletion: deletion!.id,
        }),
      ).toEqual({ ok: false, error: "forbidden" });
      expect(
        (
          await structure.restoreArticle(actors.admin, {
            policy: slug,
            expectedVersion: before.version + 1,
            deletion: deletion!.id,
          })
        ).ok,
      ).toBe(true);
      expect(await articles()).toEqual(before.articles);
      return;
    }
    expect(del.ok).toBe(true);
    expect(await articles()).not.toContain(anchor);
    const [deletion] = await structure.listDeletedArticles(actors[role], slug);
    expect(deletion).toMatchObject({ anchor });
    expect(
      (
        await structure.restoreArticle(actors[role], {
          policy: slug,
          expectedVersion: before.version + 1,
          deletion: deletion!.id,
        })
      ).ok,
    ).toBe(true);
    expect(await articles()).toEqual(before.articles);
  });
});

describe("an image's alt text and caption", () => {
  // The image's original language is Chinese: its text there is an editor's to change, as for content.
  const mayEditKo: Record<Role, boolean> = {
    anonymous: false,
    translator: true,
    zhTranslator: false,
    editor: true,
    admin: true,
  };
  const mayEditZh: Record<Role, boolean> = {
    anonymous: false,
    translator: false,
    zhTranslator: false,
    editor: true,
    admin: true,
  };
  let media: typeof import("@/lib/admin/media");
  let id = "";
  const text = async (locale: "zh" | "ko") =>
    (await db.mediaTranslation.findUnique({ where: { mediaId_locale: { mediaId: id, locale } } }))?.alt ?? null;

  beforeAll(async () => {
    media = await import("@/lib/admin/media");
    const m = await db.media.create({
      data: {
        filename: "matrix.webp",
        width: 10,
        height: 10,
        originalLocale: "zh",
        translations: {
          create: [
            { locale: "zh", alt: "原文" },
            { locale: "ko", alt: "번역" },
          ],
        },
      },
    });
    id = m.id;
  });

  it.each(roles)("save the zh and the ko alt text, as %s", async (role) => {
    for (const [locale, allowed] of [
      ["ko", mayEditKo[role]],
      ["zh", mayEditZh[role]],
    ] as const) {
      const before = {
        version: (await db.media.findUniqueOrThrow({ where: { id } })).version,
        alt: await text(locale),
      };
      const r = await media.saveMediaText(actors[role], {
        id,
        locale,
        alt: `${role}-${locale}`,
        caption: "",
        expectedVersion: before.version,
      });
      if (allowed) {
        expect(r).toEqual({ ok: true, version: before.version + 1 });
        expect(await text(locale)).toBe(`${role}-${locale}`);
      } else {
        expect(r).toEqual({ ok: false, error: "forbidden" });
        expect({
          version: (await db.media.findUniqueOrThrow({ where: { id } })).version,
          alt: await text(locale),
        }).toEqual(before);
      }
    }
  });
});

describe("inquiry inbox", () => {
  const mayRead: Record<Role, boolean> = {
    anonymous: false,
    translator: false,
    zhTranslator: false,
    editor: true,
    admin: true,
  };
  let id = "";

  beforeAll(async () => {
    const row = await makeInquiry(db, { reference: "INQ-MATRIX", name: "Kim", interests: ["logistics"], locale: "ko" });
    id = row.id;
  });

  it.each(roles)("list, export and change status, as %s", async (role) => {
    const list = await inbox.listInquiries(actors[role]);
    expect(list.ok).toBe(mayRead[role]);
    const csv = await inbox.exportInquiriesCsv(actors[role]);
    expect(csv.ok).toBe(mayRead[role]);
    const before = (await db.inquiry.findUniqueOrThrow({ where: { id } })).status;
    const next = before === "new" ? "in_progress" : "new";
    const r = await inbox.updateInquiryStatus(actors[role], { id, status: next });
    expect(r.ok).toBe(mayRead[role]);
    expect((await db.inquiry.findUniqueOrThrow({ where: { id } })).status).toBe(mayRead[role] ? next : before);
  });
});

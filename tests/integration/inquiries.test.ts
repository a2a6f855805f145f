// Investor inquiries against a real, migrated database (TEST_DATABASE_URL's server when set, else an
// embedded PGlite): what is stored, what is refused, the per-sender rate limit (also under concurrent
// submissions) and the honeypot.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appDatabase, type AppDatabase } from "../support/db";
import type { Db } from "@/lib/prisma-client";

let app: AppDatabase;
let db: Db;
let inquiries: typeof import("@/lib/data/inquiries");

beforeAll(async () => {
  app = await appDatabase("inquiries");
  db = app.db;
  inquiries = await import("@/lib/data/inquiries");
});

afterAll(async () => {
  await app?.close();
});

const REFERENCE = /^INQ-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/;

let seq = 0;
function inquiry(overrides: Record<string, unknown> = {}) {
  seq++;
  return {
    name: `  이서연 ${seq} `,
    organisation: "Hanbit Cold Chain",
    email: `seoyeon.${seq}@example.co.kr`,
    country: "대한민국",
    interests: ["logistics", "land"],
    message: "We are looking for a cold-chain warehouse site near the bonded zone.\r\nPlease contact us.",
    website: "",
    ...overrides,
  };
}

const rowsOf = (clientKey: string) =>
  db.inquiry.findMany({ where: { clientHash: inquiries.hashClientKey(clientKey) }, orderBy: { createdAt: "asc" } });

describe("createInquiry", () => {
  it("stores a valid inquiry with its locale, a reference and only a hash of the client", async () => {
    const clientKey = "203.0.113.10";
    const result = await inquiries.createInquiry(inquiry(), { locale: "ko", clientKey });
    expect(result).toEqual({ ok: true, reference: expect.stringMatching(REFERENCE) });
    if (!result.ok) return;

    const row = await db.inquiry.findUniqueOrThrow({ where: { reference: result.reference } });
    expect(row).toMatchObject({
      name: `이서연 ${seq}`,
      organisation: "Hanbit Cold Chain",
      email: `seoyeon.${seq}@example.co.kr`,
      country: "대한민국",
      interests: ["logistics", "land"],
      message: "We are looking for a cold-chain warehouse site near the bonded zone.\nPlease contact us.",
      locale: "ko",
      status: "new",
    });
    expect(row.clientHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.clientHash).not.toContain(clientKey);
    expect(row.clientHash).toBe(inquiries.hashClientKey(clientKey));
    expect(inquiries.hashClientKey("203.0.113.11")).not.toBe(row.clientHash);
    // The address itself is nowhere in the row.
    expect(JSON.stringify(row)).not.toContain(clientKey);
  });

  it("stores nothing for invalid input and returns the field errors as message keys", async () => {
    const before = await db.inquiry.count();
    const result = await inquiries.createInquiry(
      inquiry({ email: "not-an-email", interests: [], message: "short", name: "a\u0000b" }),
      { locale: "en", clientKey: "203.0.113.20" },
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        name: { key: "invalidCharacters" },
        email: { key: "email" },
        interests: { key: "interests" },
        message: { key: "tooShort", params: { min: 10 } },
      },
    });
    expect(await inquiries.createInquiry("garbage", { locale: "en", clientKey: "203.0.113.20" })).toMatchObject({
      ok: false,
    });
    expect(await db.inquiry.count()).toBe(before);
  });

  it("refuses a caller's invalid locale or client key instead of storing it", async () => {
    const before = await db.inquiry.count();
    await expect(
      inquiries.createInquiry(inquiry(), { locale: "fr" as never, clientKey: "203.0.113.21" }),
    ).rejects.toThrow();
    await expect(inquiries.createInquiry(inquiry(), { locale: "zh", clientKey: "" })).rejects.toThrow();
    expect(await db.inquiry.count()).toBe(before);
  });

  it("refuses the 6th inquiry within an hour from one client, while another client still succeeds", async () => {
    const clientKey = "198.51.100.30";
    for (let i = 1; i <= 5; i++)
      expect(await inquiries.createInquiry(inquiry(), { locale: "zh", clientKey })).toMatchObject({ ok: true });
    expect(await inquiries.createInquiry(inquiry(), { locale: "zh", clientKey })).toEqual({
      ok: false,
      error: "rateLimited",
    });
    expect(await rowsOf(clientKey)).toHaveLength(5);

    expect(await inquiries.createInquiry(inquiry(), { locale: "zh", clientKey: "198.51.100.31" })).toMatchObject({
      ok: true,
    });

    // An hour later the old inquiries no longer count.
    await db.inquiry.updateMany({
      where: { clientHash: inquiries.hashClientKey(clientKey) },
      data: { createdAt: new Date(Date.now() - inquiries.RATE_WINDOW_MS - 60_000) },
    });
    expect(await inquiries.createInquiry(inquiry(), { locale: "zh", clientKey })).toMatchObject({ ok: true });
    expect(await rowsOf(clientKey)).toHaveLength(6);
  });

  it("stores exactly 5 of 10 concurrent submissions from one client", async () => {
    const clientKey = "192.0.2.40";
    const results = await Promise.all(
      Array.from({ length: 10 }, () => inquiries.createInquiry(inquiry(), { locale: "en", clientKey })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    expect(results.filter((r) => !r.ok && "error" in r && r.error === "rateLimited")).toHaveLength(5);
    const rows = await rowsOf(clientKey);
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.reference)).size).toBe(5);
  });

  it("answers a filled honeypot with a reference and stores nothing", async () => {
    const before = await db.inquiry.count();
    const clientKey = "192.0.2.50";
    const result = await inquiries.createInquiry(inquiry({ website: "https://cheap-pills.example" }), {
      locale: "en",
      clientKey,
    });
    expect(result).toEqual({ ok: true, reference: expect.stringMatching(REFERENCE) });
    // Even with every other field wrong: a bot learns nothing from the answer.
    expect(await inquiries.createInquiry({ website: "x" }, { locale: "en", clientKey })).toMatchObject({ ok: true });
    expect(await db.inquiry.count()).toBe(before);
    if (result.ok) expect(await db.inquiry.findUnique({ where: { reference: result.reference } })).toBeNull();
  });
});

describe("surge (global limit)", () => {
  it("once GLOBAL_RATE_LIMIT inquiries arrived within the hour, asks for a proof of work instead of refusing; a solved challenge lets one inquiry through, once", async () => {
    const recent = await db.inquiry.count({
      where: { createdAt: { gte: new Date(Date.now() - inquiries.RATE_WINDOW_MS) } },
    });
    const missing = inquiries.GLOBAL_RATE_LIMIT - recent;
    // Senders who each look new, as forged X-Forwarded-For values would.
    await db.inquiry.createMany({
      data: Array.from({ length: missing }, (_, i) => ({
        reference: `INQ-G${String(i).padStart(5, "0")}`,
        name: "n",
        organisation: "o",
        email: `g${i}@example.org`,
        country: "c",
        interests: ["other"],
        message: "a message long enough",
        locale: "en" as const,
        clientHash: `forged-${i}`,
      })),
    });
    expect(await inquiries.inquirySurge()).toMatchObject({ surge: true, limit: inquiries.GLOBAL_RATE_LIMIT });
    const before = await db.inquiry.count();
    const asked = await inquiries.createInquiry(inquiry(), { locale: "ko", clientKey: "198.51.100.77" });
    expect(asked).toMatchObject({ ok: false, error: "challenge" });
    expect(await db.inquiry.count()).toBe(before);
    if (asked.ok || !("challenge" in asked)) throw new Error("no challenge");

    // A wrong or tampered proof is not accepted (another challenge is asked for, nothing stored).
    const forged = JSON.stringify({ challenge: asked.challenge, solution: { counter: 1, derivedKey: "00" } });
    expect(
      await inquiries.createInquiry(inquiry(), { locale: "ko", clientKey: "198.51.100.77", proof: forged }),
    ).toMatchObject({ error: "challenge" });
    expect(
      await inquiries.createInquiry(inquiry(), { locale: "ko", clientKey: "198.51.100.77", proof: "{not json" }),
    ).toMatchObject({ error: "challenge" });
    expect(await db.inquiry.count()).toBe(before);

    // Solved the way the browser does (altcha-lib), the inquiry is stored.
    const { solveChallenge } = await import("altcha-lib");
    const { deriveKey } = await import("altcha-lib/algorithms/sha");
    const solution = await solveChallenge({ challenge: asked.challenge, deriveKey });
    const proof = JSON.stringify({ challenge: asked.challenge, solution });
    const stored = await inquiries.createInquiry(inquiry(), { locale: "ko", clientKey: "198.51.100.77", proof });
    expect(stored).toMatchObject({ ok: true });
    expect(await db.inquiry.count()).toBe(before + 1);
    // The same proof again (a replay, from another address): refused, a new challenge instead.
    expect(await inquiries.createInquiry(inquiry(), { locale: "ko", clientKey: "198.51.100.78", proof })).toMatchObject(
      { error: "challenge" },
    );
    expect(await db.inquiry.count()).toBe(before + 1);
  });
});

describe("references", () => {
  it("are INQ- and six unambiguous characters, drawn at random", () => {
    const refs = Array.from({ length: 2000 }, () => inquiries.newReference());
    for (const r of refs) expect(r).toMatch(REFERENCE);
    expect(new Set(refs).size).toBeGreaterThan(1990);
  });
});

// Security review 1 (../shared/reviews/security-review-1.md), rerun against the built site served by
// scripts/server.ts: one test per finding, named after it. Runs in the "security" project, after every
// other spec, one test at a time (it fills the inquiry limits and the build directory's neighbourhood).
import crypto from "node:crypto";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { createPrismaClient } from "../../lib/prisma-client";
import { e2eUsers, stateFile } from "./support/auth";
import { actionIds, countFiles, rawGet, rawPost, rawRequest } from "./support/http";

const db = createPrismaClient(process.env.DATABASE_URL);
test.afterAll(async () => db.$disconnect());

const origin = () => new URL(process.env.BASE_URL ?? "http://localhost:3000").origin;
const MiB = 1024 * 1024;

/** The no-JavaScript post of the inquiry form: its hidden action fields plus the visitor's fields. */
async function postInquiry(
  request: APIRequestContext,
  fields: Record<string, string | string[]>,
  headers: Record<string, string> = {},
) {
  const html = await (await request.get("/en/inquiry")).text();
  const hidden: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?/g))
    hidden[m[1]!] = (m[2] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
  const form = new FormData();
  for (const [k, v] of Object.entries(hidden)) form.append(k, v);
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) form.append(k, x);
  return request.post("/en/inquiry", { multipart: form, headers: { origin: origin(), ...headers }, maxRedirects: 0 });
}

const validInquiry = (marker: string) => ({
  name: "Park Ji-hoon",
  organisation: "Security review",
  email: `${marker}@example.org`,
  country: "Korea",
  interests: "logistics",
  message: "A message that is long enough to be valid.",
  website: "",
});

test("H1: a forged X-Forwarded-For neither resets the sign-in throttle nor counts as the client", async ({
  request,
}) => {
  const max = Number(process.env.AUTH_SIGN_IN_MAX ?? 5);
  const probe = `h1-${crypto.randomBytes(4).toString("hex")}@example.org`;
  const attempt = (i: number) =>
    request.post("/api/auth/sign-in/email", {
      headers: { origin: origin(), "x-forwarded-for": `198.51.100.${i % 250}`, "x-real-ip": `203.0.113.${i % 250}` },
      data: { email: probe, password: "wrong-password-123" },
    });
  for (let i = 0; i < max; i++) expect((await attempt(i)).status()).toBe(401);
  const refused = await attempt(max);
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
  // Every failure is audited with the address the server decided on: the socket's, not the header's.
  const audited = await db.auditLog.findMany({ where: { action: "auth.sign-in-failed", target: `account:${probe}` } });
  expect(audited.length).toBe(max);
  expect(new Set(audited.map((a) => (a.details as { address: string }).address))).toEqual(new Set(["127.0.0.1"]));
});

test("H1: sign-in works from http://127.0.0.1:PORT as well as localhost; a foreign origin is told so", async ({
  browser,
  request,
}) => {
  const url = new URL(process.env.BASE_URL ?? "http://localhost:3000");
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${url.port}` });
  const page = await context.newPage();
  await page.goto("/en/admin/sign-in");
  await page.locator("form[data-hydrated]").waitFor();
  await page.getByLabel("Email").fill(e2eUsers.editor.email);
  await page.getByLabel("Password").fill(e2eUsers.editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/en\/admin$/, { timeout: 15_000 });
  await context.close();
  const foreign = await request.post("/api/auth/sign-in/email", {
    headers: { origin: "http://evil.example" },
    data: { email: e2eUsers.editor.email, password: e2eUsers.editor.password },
  });
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).code).toBe("INVALID_ORIGIN");
});

test("M1: the inquiry limit keys on the socket's address, whatever X-Forwarded-For says", async ({ request }) => {
  const marker = `m1-${crypto.randomBytes(4).toString("hex")}`;
  const outcomes: string[] = [];
  for (let i = 0; i < 6; i++) {
    const res = await postInquiry(request, validInquiry(`${marker}-${i}`), { "x-forwarded-for": `192.0.2.${i + 1}` });
    expect(res.status()).toBeLessThan(500);
    const html = await res.text();
    outcomes.push(/INQ-[A-Z0-9]{6}/.test(html) ? "stored" : /Too many inquiries/.test(html) ? "limited" : "other");
  }
  const rows = await db.inquiry.findMany({ where: { email: { startsWith: marker } } });
  // All of them were counted as one sender, so the sixth (at the latest) was refused.
  expect(outcomes).toContain("limited");
  expect(new Set(rows.map((r) => r.clientHash)).size).toBeLessThanOrEqual(1);
  expect(rows.length).toBeLessThanOrEqual(5);
  await db.inquiry.deleteMany({ where: { email: { startsWith: marker } } });
});

test("M1: in a surge a real investor is asked for a proof of work (solved in the browser), not refused; admins see the surge", async ({
  browser,
}) => {
  const recent = await db.inquiry.count({ where: { createdAt: { gte: new Date(Date.now() - 60 * 60 * 1000) } } });
  const marker = `surge-${crypto.randomBytes(4).toString("hex")}`;
  await db.inquiry.createMany({
    data: Array.from({ length: Math.max(0, 200 - recent) }, (_, i) => ({
      reference: `INQ-S${crypto.randomBytes(3).toString("hex").toUpperCase()}${i}`.slice(0, 12),
      name: "n",
      organisation: "o",
      email: `${marker}-${i}@example.org`,
      country: "c",
      interests: ["other"],
      message: "a message long enough",
      locale: "en" as const,
      clientHash: `${marker}-${i}`,
    })),
  });
  try {
    const page = await browser.newPage();
    await page.goto("/en/inquiry", { waitUntil: "networkidle" });
    const field = (name: string) => page.getByRole("textbox", { name, exact: true });
    await field("Name").fill("Kim Surge");
    await field("Organisation").fill("Surge Logistics");
    await field("Email").fill(`${marker}-investor@example.org`);
    await field("Country or region").fill("Korea");
    await page.getByRole("checkbox").first().check();
    await field("Message").fill("We would like to visit the bonded zone next month.");
    await page.getByRole("button", { name: "Send inquiry" }).click();
    await expect(page.getByText("Many inquiries are arriving right now", { exact: false })).toBeVisible();
    await expect(page.getByTestId("inquiry-success")).toBeVisible({ timeout: 60_000 });
    const stored = await db.inquiry.findFirst({ where: { email: `${marker}-investor@example.org` } });
    expect(stored?.challengeHash).toMatch(/^[0-9a-f]{64}$/);
    await page.close();

    const admin = await browser.newContext({ storageState: stateFile("admin") });
    const dash = await admin.newPage();
    await dash.goto("/en/admin");
    await expect(dash.getByTestId("inquiry-load")).toHaveAttribute("data-surge", "1");
    await admin.close();
  } finally {
    await db.inquiry.deleteMany({ where: { email: { startsWith: marker } } });
  }
});

test("M2: 1,000 requests for unknown slugs answer 404 (admin: the sign-in redirect) and write nothing to the build directory", async ({
  request,
}) => {
  test.setTimeout(300_000);
  const buildDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next");
  const before = countFiles(buildDir);
  const targets: string[] = [];
  const routes = ["zh/news", "ko/zones", "en/policies", "zh/admin/content/news", "ko/admin/media", "en/admin/users"];
  for (let i = 0; i < 1000; i++) {
    const slug = `${crypto.randomBytes(6).toString("hex")}-${i}`;
    targets.push(i % 10 === 9 ? `/en/policies/${slug}/compare?with=ko` : `/${routes[i % routes.length]}/${slug}`);
  }
  const statuses = new Map<number, number>();
  for (let i = 0; i < targets.length; i += 25) {
    const batch = await Promise.all(targets.slice(i, i + 25).map((t) => request.get(t, { maxRedirects: 0 })));
    for (const r of batch) statuses.set(r.status(), (statuses.get(r.status()) ?? 0) + 1);
  }
  console.log(
    `M2: ${targets.length} unknown-slug requests → ${JSON.stringify(Object.fromEntries(statuses))}; build files ${before} → ${countFiles(buildDir)}`,
  );
  expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
  expect(statuses.get(404) ?? 0).toBeGreaterThanOrEqual(500);
  expect(countFiles(buildDir)).toBe(before);
  // A 5,000-character slug never reaches a renderer or a cache tag.
  expect([404, 414]).toContain((await request.get(`/zh/news/${"a".repeat(5000)}`)).status());
  expect((await request.get(`/zh/news/${"a".repeat(2000)}`)).status()).toBe(404);
});

test("L1: malformed escapes, unknown roots and NUL in search answer 4xx, never 500", async ({ request }) => {
  for (const target of [
    "/zh/news/%ff",
    "/zh/zones/%C0%AE%C0%AE",
    "/ko/foo%zz",
    "/zh/search?q=%00",
    "/zh/news/..%2f..%2fetc%2fpasswd",
  ]) {
    const r = await rawGet(target);
    expect([400, 404], target).toContain(r.status);
  }
  for (const target of ["/media/x", "/media/a/b/c", "/api/nope", "/_vercel/nope", "/wp-login.php", "/.env"]) {
    expect((await request.get(target, { maxRedirects: 0 })).status(), target).toBe(404);
  }
});

test("L1: admin actions check the session before reading input: an anonymous non-form body is sent to sign-in", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const editor = await browser.newContext({ storageState: stateFile("editor") });
  const page = await editor.newPage();
  const ids = new Set<string>();
  for (const p of [
    "/en/admin",
    "/en/admin/users",
    "/en/admin/media",
    "/en/admin/inquiries",
    "/en/admin/content/news/china-rok-zone-launched/en",
  ]) {
    await page.goto(p);
    for (const id of actionIds(await page.content())) ids.add(id);
  }
  expect(ids.size).toBeGreaterThan(0);
  for (const id of ids) {
    for (const body of ["not a form", JSON.stringify([{ a: 1 }, "x", null]), JSON.stringify(["zh", "x".repeat(100)])]) {
      const anonymous = await request.post("/en/admin", {
        headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: origin() },
        data: body,
        maxRedirects: 0,
      });
      expect(anonymous.status(), `anonymous ${id}`).toBeLessThan(500);
      const signedIn = await editor.request.post("/en/admin", {
        headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", origin: origin() },
        data: body,
        maxRedirects: 0,
      });
      expect(signedIn.status(), `editor ${id}`).toBeLessThan(500);
    }
  }
  await editor.close();
});

test("L1: a cross-site action post gets a clear 403", async () => {
  const r = await rawPost("/en/inquiry", "a=b", [
    "Origin: http://evil.example",
    "Next-Action: 00",
    "Content-Type: text/plain",
  ]);
  expect(r.status).toBe(403);
  expect(r.body).toContain("Cross-site request refused");
});

test("L2: bodies over the route's limit get 413 before they are read, and nothing is echoed", async ({ request }) => {
  const inquiry = await rawPost("/en/inquiry", Buffer.alloc(100 * 1024, "a"), [
    "Origin: " + origin(),
    "Content-Type: text/plain",
  ]);
  expect(inquiry.status).toBe(413);
  expect(inquiry.body.length).toBeLessThan(200);
  const action = await rawPost("/en/admin/content", Buffer.alloc(12 * MiB, "a"), [
    "Origin: " + origin(),
    "Content-Type: text/plain",
  ]);
  expect(action.status).toBe(413);
  const auth = await rawPost("/api/auth/sign-in/email", Buffer.alloc(25 * MiB, " "), [
    "Origin: " + origin(),
    "Content-Type: application/json",
  ]);
  expect(auth.status).toBe(413);
  const chunked = await rawRequest(
    [
      "POST /en/inquiry HTTP/1.1",
      `Host: ${new URL(origin()).host}`,
      "Transfer-Encoding: chunked",
      "Connection: close",
      "",
      "5\r\nhello\r\n0\r\n\r\n",
    ].join("\r\n"),
  );
  expect(chunked.status).toBe(411);
  // A 10,000-character message within the body limit is refused as too long, and comes back cut at 5,000.
  const long = await postInquiry(request, { ...validInquiry("l2"), message: "m".repeat(10_000) });
  const html = await long.text();
  expect(html).toContain("This is too long");
  expect(html).not.toContain("m".repeat(5001));
});

test("L5: no response reflects a forged Host or X-Forwarded-Host", async () => {
  for (const headers of [
    ["X-Forwarded-Host: evil.example"],
    ["X-Forwarded-Host: evil.example", "X-Forwarded-Proto: https"],
  ]) {
    const r = await rawGet("/ko/zones/china-rok-changchun", headers);
    expect(r.status).toBe(200);
    expect(r.head + r.body).not.toContain("evil.example");
  }
});

test("L7: a session ends at its absolute lifetime however active it is (and is deleted)", async ({ playwright }) => {
  const api = await playwright.request.newContext({ baseURL: origin() });
  const u = e2eUsers.translator;
  const signIn = await api.post("/api/auth/sign-in/email", {
    headers: { origin: origin() },
    data: { email: u.email, password: u.password },
  });
  expect(signIn.status()).toBe(200);
  const dashboard = async () => (await api.get("/en/admin")).text();
  expect(await dashboard()).toContain(u.email);
  // The session is active (it slides), but was created longer ago than SESSION_ABSOLUTE_HOURS.
  const user = await db.user.findFirstOrThrow({ where: { email: u.email } });
  const session = await db.session.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "desc" } });
  const hours = Number(process.env.SESSION_ABSOLUTE_HOURS ?? 24);
  await db.session.update({
    where: { id: session.id },
    data: { createdAt: new Date(Date.now() - (hours + 1) * 3600_000), updatedAt: new Date() },
  });
  const after = await dashboard();
  expect(after).not.toContain(u.email);
  expect(after).toContain("/en/admin/sign-in");
  expect(await db.session.count({ where: { id: session.id } })).toBe(0);
  await api.dispose();
});

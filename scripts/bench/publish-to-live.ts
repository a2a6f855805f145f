// Publish-to-live latency of a running portal (a production build: `npm start`): how long after an
// editor's action returns does an anonymous reader's plain HTTP GET of the public page show the change?
// The goal is ≤ 1000 ms. Prints figures only; it is not a test.
//
// Drives Debian's Chromium (Playwright) through the real admin: signs in once, then N times changes the
// English title of a news article in the content editor and
//   --mode=save     (default) saves it as a draft (not live: the public page keeps the live text), then
//                   clicks Publish, which makes the draft the live revision;
//   --mode=publish  unpublishes it, saves the new title (a draft: not live), then clicks Publish;
// and measures from the response of the action that makes it live (the server action's POST) to the end
// of the first public-page GET (plain fetch, no cookies, a new one every 50 ms) whose HTML shows the new
// title. At the end the original title (and a published status) is restored.
//
// Usage:
//   ADMIN_EMAIL=… ADMIN_PASSWORD=… npm run bench:publish
//   BASE_URL=http://localhost:3005 npm run bench:publish -- --runs=20 --mode=publish
//   npm run bench:publish -- --slug=china-rok-zone-new-track
//
// Environment: BASE_URL (default http://localhost:3000; loopback only), ADMIN_EMAIL and ADMIN_PASSWORD
// (an editor or admin account), CHROMIUM_PATH (default /usr/bin/chromium).
// Exit code 2 when the server cannot be reached, the base URL is not loopback, Chromium or the
// credentials are missing or refused; 1 on an unexpected failure.
import fs from "node:fs";
import crypto from "node:crypto";
import type { Page, Response } from "@playwright/test";
import { failer, loopbackBase, type Fail } from "./common";

// Annotated so that TypeScript narrows after a call (a `never` function must be explicitly typed).
const fail: Fail = failer("bench:publish");

const GOAL_MS = 1000;
const POLL_MS = 50;
const GIVE_UP_MS = 15_000;

const args = process.argv.slice(2);
const arg = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const base = loopbackBase(process.env.BASE_URL, fail);
const runs = Number(arg("runs") ?? process.env.RUNS ?? 10);
if (!Number.isInteger(runs) || runs < 1 || runs > 1000)
  fail(`--runs must be an integer from 1 to 1000, got ${JSON.stringify(arg("runs"))}`);
const mode = arg("mode") ?? "save";
if (mode !== "save" && mode !== "publish") fail(`--mode must be save or publish, got ${JSON.stringify(mode)}`);
const slug = arg("slug") ?? "china-rok-zone-launched";
if (!/^[a-z0-9-]{1,200}$/.test(slug)) fail(`--slug is not a slug: ${JSON.stringify(slug)}`);
const email = process.env.ADMIN_EMAIL;
const password = process.env.ADMIN_PASSWORD;
if (!email || !password) fail("set ADMIN_EMAIL and ADMIN_PASSWORD (an editor or admin account)");
const chromePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!fs.existsSync(chromePath)) fail(`no browser at ${chromePath} (apt-get install chromium, or set CHROMIUM_PATH)`);

const editorPath = `/en/admin/content/news/${slug}/en`;
const publicUrl = new URL(`/en/news/${slug}`, base);

try {
  await fetch(base, { redirect: "manual", signal: AbortSignal.timeout(10_000) });
} catch (err) {
  const cause = (err as { cause?: { code?: string } }).cause?.code ?? (err as Error).name;
  fail(`nothing answers at ${base.origin} (${cause}). Start the site first, e.g. \`npm start\`, or set BASE_URL.`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls the public page until its HTML contains `marker`; returns the ms from `t0` to the end of that GET. */
async function timeToLive(t0: number, marker: string): Promise<{ ms: number; gets: number } | null> {
  let gets = 0;
  while (performance.now() - t0 < GIVE_UP_MS) {
    const started = performance.now();
    gets++;
    const res = await fetch(publicUrl, { cache: "no-store", signal: AbortSignal.timeout(GIVE_UP_MS) });
    const html = await res.text();
    const done = performance.now();
    if (res.ok && html.includes(marker)) return { ms: done - t0, gets };
    await sleep(Math.max(0, POLL_MS - (done - started)));
  }
  return null;
}

const status = async (page: Page) => (await page.getByTestId("content-status").textContent())?.trim();
const isAction = (r: Response) => r.request().method() === "POST" && new URL(r.url()).pathname === editorPath;

/** Clicks a button that posts a server action and returns when the action's response arrives. */
async function act(page: Page, button: string): Promise<number> {
  const response = page.waitForResponse(isAction, { timeout: 30_000 });
  await page.getByRole("button", { name: button, exact: true }).click();
  await response;
  return performance.now();
}

async function setTitle(page: Page, title: string) {
  await page.getByLabel("Title", { exact: true }).fill(title);
  await act(page, "Save draft");
  await page.waitForURL(/\?saved=\d+$/, { timeout: 30_000 });
}

async function setStatus(page: Page, to: "Publish" | "Unpublish") {
  const t0 = await act(page, to);
  await page.waitForURL(new RegExp(`\\?status=${to === "Publish" ? "published" : "draft"}$`), { timeout: 30_000 });
  return t0;
}

const { chromium } = await import("@playwright/test");
const browser = await chromium.launch({
  executablePath: chromePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const page = await browser.newPage({ baseURL: base.origin });
const timings: ({ ms: number; gets: number } | null)[] = [];
let original: { title: string; status: string | undefined } | undefined;

try {
  await page.goto("/en/admin/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  try {
    await page.waitForURL(/\/en\/admin$/, { timeout: 15_000 });
  } catch {
    fail(
      `signing in as ${email} failed: ${(await page.getByRole("alert").allTextContents()).join(" ") || "no dashboard"}`,
    );
  }
  await page.goto(editorPath);
  if ((await page.getByLabel("Title", { exact: true }).count()) === 0)
    fail(`no English news text to edit at ${editorPath}`);
  original = { title: await page.getByLabel("Title", { exact: true }).inputValue(), status: await status(page) };
  if (original.status !== "Published") await setStatus(page, "Publish");

  console.log(
    `bench:publish: ${runs} × ${mode === "save" ? "save a draft of a published translation, publish it" : "unpublish, save, publish"} of ${publicUrl.pathname} on ${base.origin}`,
  );
  const runId = crypto.randomBytes(3).toString("hex");
  for (let i = 1; i <= runs; i++) {
    const marker = `bench ${runId}-${i}`;
    const title = `${original.title.slice(0, 250)} [${marker}]`;
    await page.goto(editorPath);
    let t0: number;
    if (mode === "save") {
      await setTitle(page, title);
      t0 = await setStatus(page, "Publish");
    } else {
      await setStatus(page, "Unpublish");
      await setTitle(page, title);
      t0 = await setStatus(page, "Publish");
    }
    const r = await timeToLive(t0, marker);
    timings.push(r);
    console.log(
      `  run ${String(i).padStart(3)}: ${r ? `${r.ms.toFixed(0).padStart(5)} ms  (${r.gets} GET${r.gets === 1 ? "" : "s"})` : `not live after ${GIVE_UP_MS} ms`}`,
    );
    await page.waitForURL(/\?(saved=\d+|status=published)$/, { timeout: 30_000 });
  }
} finally {
  if (original) {
    try {
      await page.goto(editorPath);
      if ((await page.getByLabel("Title", { exact: true }).inputValue()) !== original.title) {
        await setTitle(page, original.title);
        if (original.status === "Published") await setStatus(page, "Publish");
      }
      const now = await status(page);
      if (original.status === "Published" && now !== "Published") await setStatus(page, "Publish");
      if (original.status === "Draft" && now !== "Draft") await setStatus(page, "Unpublish");
      console.log(`bench:publish: restored the title${original.status ? ` and status (${original.status})` : ""}`);
    } catch (e) {
      console.error(
        `bench:publish: could not restore the original title ${JSON.stringify(original.title)}: ${(e as Error).message}`,
      );
    }
  }
  await browser.close();
}

// For scale: the same page once it is cached again (the first GET after a change renders it afresh).
const cached: number[] = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  await (await fetch(publicUrl, { cache: "no-store" })).text();
  cached.push(performance.now() - t);
}
cached.sort((a, b) => a - b);

const ok = timings
  .filter((t): t is { ms: number; gets: number } => t !== null)
  .map((t) => t.ms)
  .sort((a, b) => a - b);
if (ok.length === 0) fail("no run went live", 1);
const pct = (p: number) => ok[Math.min(ok.length - 1, Math.ceil((p / 100) * ok.length) - 1)]!;
const missed = timings.length - ok.length;
const all = missed === 0 && ok.every((ms) => ms <= GOAL_MS);
console.log(
  `\npublish → live (${mode}, ${timings.length} runs): min ${ok[0]!.toFixed(0)} ms, p50 ${pct(50).toFixed(0)} ms, p95 ${pct(95).toFixed(0)} ms, max ${ok.at(-1)!.toFixed(0)} ms` +
    (missed ? `; ${missed} not live within ${GIVE_UP_MS} ms` : ""),
);
console.log(
  `all ≤ ${GOAL_MS} ms: ${all ? "yes" : "no"}  (a cached GET of the same page: median ${cached[2]!.toFixed(0)} ms)`,
);

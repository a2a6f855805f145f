// The production topology (deploy/README.md, `npm run start:cluster`): nginx with the shipped routes in
// front of two instances of the built site that share their cache through Redis, and PostgreSQL.
// Real processes on free ports: a private redis-server (so it can be stopped), two scripts/server.ts, and
// Debian's nginx. Runs last (project "cluster"), one test at a time.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { Cluster } from "./support/cluster";
import { e2eUsers } from "./support/auth";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const SLUG = "china-rok-zone-launched";
const articlePath = `/en/news/${SLUG}`;
const editorPath = `/en/admin/content/news/${SLUG}/en`;
const cluster = new Cluster();
let original = "";

test.beforeAll(async () => {
  test.setTimeout(240_000);
  await cluster.start(2);
});

test.afterAll(async ({ browser }) => {
  if (original) {
    const page = await adminPage(browser);
    await page.goto(`${cluster.appOrigin(0)}${editorPath}`);
    await publishTitle(page, original);
    await page.close();
  }
  await cluster.stop();
});

async function adminPage(browser: Browser): Promise<Page> {
  // Signed in through the proxy (the site's origin); the session cookie (host "localhost") also opens the
  // admin of each instance directly, so a test chooses which instance makes the change.
  const page = await browser.newPage();
  await page.goto(`${cluster.origin}/en/admin/sign-in`);
  await page.getByLabel("Email").fill(e2eUsers.admin.email);
  await page.getByLabel("Password").fill(e2eUsers.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/en\/admin$/);
  return page;
}

/** Saves `title` as the draft and publishes it; returns when the publish action has answered. */
async function publishTitle(page: Page, title: string): Promise<number> {
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Save draft", exact: true }).click();
  await page.waitForURL(/\?saved=\d+$/);
  const response = page.waitForResponse(
    (r) => r.request().method() === "POST" && new URL(r.url()).pathname === editorPath,
  );
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await response;
  const t0 = Date.now();
  await page.waitForURL(/\?status=published$/);
  return t0;
}

/** ms from `t0` until a plain GET of `url` shows `marker` (polling every 50 ms), or null after `giveUpMs`. */
async function msUntil(url: string, marker: string, t0: number, giveUpMs = 10_000): Promise<number | null> {
  while (Date.now() - t0 < giveUpMs) {
    const html = await (await fetch(url, { cache: "no-store" })).text();
    if (html.includes(marker)) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 50));
  }
  return null;
}

const origins = () => [cluster.origin, cluster.appOrigin(0), cluster.appOrigin(1)];

test("nginx answers for the instances: compressed, cached under the content generation, limits bodies, never caches the admin", async () => {
  const headers = { "accept-encoding": "gzip" };
  const first = await fetch(`${cluster.origin}/ko`, { headers });
  expect(first.status).toBe(200);
  expect(first.headers.get("content-encoding")).toBe("gzip");
  await first.text();
  const second = await fetch(`${cluster.origin}/ko`, { headers });
  expect(second.headers.get("x-cache")).toMatch(/HIT|UPDATING|STALE/);
  expect(await second.text()).toContain('lang="ko-KR"');
  // Cached under the content generation, not for one second: with no publish it is still the same entry
  // more than two seconds later (the one-second micro-cache it replaced would have rendered it again).
  await new Promise((r) => setTimeout(r, 2200));
  const later = await fetch(`${cluster.origin}/ko`, { headers });
  expect(later.headers.get("x-cache")).toBe("HIT");
  await later.text();
  // The generation is nginx's business: not reachable from outside, never shown to a reader.
  expect((await fetch(`${cluster.origin}/_portal/generation`)).status).toBe(404);
  expect(later.headers.get("x-portal-generation")).toBeNull();
  // The bare address answers each reader by their language: never cached.
  const bare = await fetch(`${cluster.origin}/`, { redirect: "manual", headers: { "accept-language": "ko" } });
  expect(bare.headers.get("location")).toMatch(/\/ko$/);
  expect(bare.headers.get("x-cache")).toBeNull();
  // A body over the public limit is refused by nginx itself.
  const big = await fetch(`${cluster.origin}/en/inquiry`, { method: "POST", body: "x".repeat(40_000) });
  expect(big.status).toBe(413);
  // A reader's display choices are theirs alone: the stylesheet built from their cookie is never cached.
  const chosen = await fetch(`${cluster.origin}/en/display.css`, { headers: { cookie: "portal-text-size=large" } });
  const plain = await fetch(`${cluster.origin}/en/display.css`);
  expect(chosen.headers.get("x-cache")).toBeNull();
  expect(plain.headers.get("x-cache")).toBeNull();
  expect(await chosen.text()).not.toBe(await plain.text());
  // The admin is never cached.
  const admin = await fetch(`${cluster.origin}/en/admin/sign-in`);
  expect(admin.headers.get("x-cache")).toBeNull();
});

test("an editor publishing through the proxy: live through the proxy and on every instance", async ({ browser }) => {
  // The editor works through the proxy, as in production: its server actions must pass Next's origin check
  // behind nginx (X-Forwarded-Host carries the port), and whichever instance answers, every one shows it.
  const page = await adminPage(browser);
  await page.goto(`${cluster.origin}${editorPath}`);
  original = await page.getByLabel("Title", { exact: true }).inputValue();
  // Both instances and the proxy hold the current page.
  for (const o of origins()) expect(await (await fetch(`${o}${articlePath}`)).text()).toContain(original.slice(0, 20));
  const marker = `cluster ${Date.now().toString(36)}`;
  const t0 = await publishTitle(page, `${original} [${marker}]`);
  const times = await Promise.all(origins().map((o) => msUntil(`${o}${articlePath}`, marker, t0)));
  console.log(`publish → live: proxy ${times[0]} ms, instance 1 ${times[1]} ms, instance 2 ${times[2]} ms`);
  for (const t of times) expect(t).not.toBeNull();
  await page.close();
});

test("an instance killed under load: the proxy keeps answering, no 5xx", async () => {
  const paths = ["/ko", "/zh/zones/china-rok-changchun", "/en/news", "/en/policies/changjitu-2014-work-points"];
  const statuses = new Map<number, number>();
  const WORKERS = 8;
  let stop = false;
  let n = 0;
  const worker = async () => {
    while (!stop) {
      // Distinct search queries miss nginx's cache, so requests keep reaching the instances.
      const url = n % 2 ? `${cluster.origin}${paths[n % paths.length]}` : `${cluster.origin}/en/search?q=zone+${n}`;
      n++;
      const res = await fetch(url).catch(() => null);
      // -1: the answer had begun when its instance was killed, and nginx could only cut it off (one of
      // the requests in flight at that moment, at most one per worker).
      const status = res
        ? await res.arrayBuffer().then(
            () => res.status,
            () => -1,
          )
        : 0;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  const load = Promise.all(Array.from({ length: WORKERS }, worker));
  await new Promise((r) => setTimeout(r, 1500));
  await cluster.apps[1]!.stop("SIGKILL");
  await new Promise((r) => setTimeout(r, 3000));
  stop = true;
  await load;
  console.log(`load while instance 2 was killed: ${JSON.stringify(Object.fromEntries(statuses))}`);
  expect([...statuses.keys()].filter((s) => s === 0 || s >= 500)).toEqual([]);
  expect(statuses.get(-1) ?? 0).toBeLessThanOrEqual(WORKERS);
  // Some answers at all (a loaded 2-core CI machine manages ~15 in these 4.5 s; an idle one ~60).
  expect(statuses.get(200) ?? 0).toBeGreaterThan(5);
  await cluster.restartApp(1);
});

test("Redis stopped: pages still served, a publish still reaches the instance that made it; all catch up when Redis is back", async ({
  browser,
}) => {
  const page = await adminPage(browser);
  await page.goto(`${cluster.appOrigin(0)}${editorPath}`);
  for (const o of origins()) expect((await fetch(`${o}${articlePath}`)).status).toBe(200);
  const logFrom = cluster.apps[0]!.log.length;
  await cluster.redis.stop();

  for (const o of origins())
    for (const p of ["/ko", articlePath, "/en/search?q=Changchun"])
      expect((await fetch(`${o}${p}`)).status, `${o}${p}`).toBe(200);
  const marker = `no-redis ${Date.now().toString(36)}`;
  const t0 = await publishTitle(page, `${original} [${marker}]`);
  expect(await msUntil(`${cluster.appOrigin(0)}${articlePath}`, marker, t0)).not.toBeNull();
  await cluster.apps[0]!.waitForLog(/cache: Redis unavailable/, 10_000, logFrom);

  await cluster.startRedis();
  const t1 = Date.now();
  const times = await Promise.all(origins().map((o) => msUntil(`${o}${articlePath}`, marker, t1, 20_000)));
  console.log(`after Redis came back: proxy ${times[0]} ms, instance 1 ${times[1]} ms, instance 2 ${times[2]} ms`);
  for (const t of times) expect(t).not.toBeNull();
  await page.close();
});

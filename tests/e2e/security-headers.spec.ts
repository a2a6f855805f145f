// Security headers and secrets over real HTTP against the built site (security review L5, L6, L9; issue 12
// item 6): no response reflects a client's Host; COOP and CORP everywhere; the admin pages' CSP carries a
// fresh nonce and no 'unsafe-inline' scripts, and the admin still works under it in Chromium; HSTS follows
// SITE_URL when the server starts, not when it was built; production refuses to start without its secrets.
import { spawn, type ChildProcess } from "node:child_process";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { stateFile } from "./support/auth";

const base = () => new URL(process.env.BASE_URL ?? "http://localhost:3000");

/** A raw HTTP GET (no redirects followed), so the Host header is exactly what we send. */
function rawGet(
  pathname: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port: base().port, path: pathname, method: "GET", headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end();
  });
}

test("L5: no response reflects a client's Host or X-Forwarded-Host (no Link: rel=alternate header)", async () => {
  const evil = { Host: "evil.example", "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" };
  const paths = [
    "/",
    "/zh",
    "/ko/zones",
    "/en/news",
    "/zh/policies",
    "/zh/",
    "/en/news/no-such-article",
    "/zh/admin",
    "/en/admin/sign-in",
    "/zh/feed.xml",
    "/en/atom.xml",
    "/sitemap.xml",
    "/robots.txt",
    "/api/auth/get-session",
    "/nope.txt",
  ];
  for (const p of paths) {
    const res = await rawGet(p, evil);
    expect(res.status, p).toBeLessThan(500);
    const headerText = JSON.stringify(res.headers);
    expect(headerText, `${p} headers`).not.toContain("evil.example");
    expect(res.body, `${p} body`).not.toContain("evil.example");
    expect(String(res.headers.link ?? ""), p).not.toMatch(/rel="?alternate/);
  }
  // The redirect from / names the configured origin, or none (a relative address): never the client's Host.
  const root = await rawGet("/", evil);
  expect(root.status).toBe(307);
  expect(["/zh", `${process.env.SITE_URL ?? base().origin}/zh`]).toContain(root.headers.location);
});

test("L6: COOP and CORP on every response; public pages keep their CSP, admin pages get a per-request nonce", async ({
  request,
}) => {
  for (const p of [
    "/en",
    "/zh/zones",
    "/ko/feed.xml",
    "/sitemap.xml",
    "/en/admin",
    "/en/admin/sign-in",
    "/api/auth/get-session",
  ]) {
    const h = (await request.get(p, { maxRedirects: 0 })).headers();
    expect(h["cross-origin-opener-policy"], p).toBe("same-origin");
    expect(h["cross-origin-resource-policy"], p).toBe("same-origin");
    expect(h["x-content-type-options"], p).toBe("nosniff");
    // Served over http here (SITE_URL http://…): no HSTS.
    expect(h["strict-transport-security"], p).toBeUndefined();
  }
  const pub = (await request.get("/en")).headers()["content-security-policy"];
  expect(pub).toContain("script-src 'self' 'unsafe-inline'");

  const nonces = new Set<string>();
  for (const p of ["/en/admin/sign-in", "/en/admin/sign-in", "/zh/admin", "/ko/admin/content"]) {
    const res = await request.get(p, { maxRedirects: 0 });
    const policies = res.headersArray().filter((x) => x.name.toLowerCase() === "content-security-policy");
    expect(policies, p).toHaveLength(1);
    const scriptSrc = policies[0]!.value.split("; ").find((d) => d.startsWith("script-src"))!;
    expect(scriptSrc, p).not.toContain("unsafe-inline");
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
    expect(nonce, p).toBeTruthy();
    nonces.add(nonce!);
    // Next.js puts the same nonce on the scripts it renders for this request.
    if (p.endsWith("/sign-in")) expect(await res.text(), p).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(4);
});

/** Collects CSP violations the page reports (console and securitypolicyviolation events). */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

test.describe("admin under the nonce CSP in Chromium", () => {
  test.use({ storageState: stateFile("admin") });

  test("every admin section renders and hydrates with no CSP violation; injected inline script does not run", async ({
    page,
  }) => {
    const violations = await watchCsp(page);
    for (const p of [
      "/en/admin",
      "/en/admin/content",
      "/en/admin/content/news",
      "/en/admin/translations",
      "/en/admin/schedule",
      "/en/admin/media",
      "/en/admin/inquiries",
      "/en/admin/users",
      "/en/admin/audit",
      "/zh/admin",
      "/ko/admin/content/zone",
    ]) {
      const res = await page.goto(p);
      expect(res?.status(), p).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }), p).toBeVisible();
    }
    // A client-side interaction: Markdown preview of unsaved text in the news editor.
    await page.goto("/en/admin/content/news/mofcom-etdz-regional-coordination/ko");
    await page.locator("form[data-hydrated]").waitFor();
    await page.getByLabel("Body", { exact: true }).fill("CSP **check**");
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByTestId("unsaved-preview").locator("strong")).toHaveText("check");
    expect(violations).toEqual([]);

    // What the policy is for: an inline script without the nonce is refused (and reported).
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = 1";
      document.body.append(s);
    });
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });

  test("the sign-in form hydrates under the nonce CSP (signed out)", async ({ browser }) => {
    const context = await browser.newContext({ baseURL: base().origin, storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const violations = await watchCsp(page);
    await page.goto("/ko/admin/sign-in");
    await page.locator("form[data-hydrated]").waitFor();
    expect(violations).toEqual([]);
    await context.close();
  });
});

// ---------------------------------------------------------------------------------------------------
// The built server started again with another environment: what is decided when the server starts.

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

function startBuilt(
  port: number,
  env: Record<string, string | undefined>,
): { proc: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const proc = spawn(path.join(process.cwd(), "node_modules/.bin/next"), ["start", "-p", String(port)], {
    cwd: process.cwd(),
    env: { ...process.env, PORT: String(port), ...env } as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  proc.stdout!.on("data", (d) => (out += d));
  proc.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => proc.on("exit", (code) => resolve(code)));
  return { proc, output: () => out, exited };
}

test.describe("the built server, started with another environment", () => {
  test.describe.configure({ mode: "serial" });

  test("HSTS (and upgrade-insecure-requests for the admin) when SITE_URL is https at run time", async () => {
    const port = await freePort();
    const server = startBuilt(port, { SITE_URL: "https://zones.example.org" });
    try {
      let res: Response | undefined;
      for (let i = 0; i < 100 && !res; i++) {
        res = await fetch(`http://127.0.0.1:${port}/en`).catch(() => undefined);
        if (!res) await new Promise((r) => setTimeout(r, 300));
      }
      expect(res?.status).toBe(200);
      expect(res!.headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
      const admin = await fetch(`http://127.0.0.1:${port}/en/admin/sign-in`);
      expect(admin.headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
      expect(admin.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
      const redirect = await fetch(`http://127.0.0.1:${port}/`, {
        redirect: "manual",
        headers: { "X-Forwarded-Host": "evil.example" },
      });
      expect(redirect.headers.get("location")).toBe("https://zones.example.org/zh");
    } finally {
      server.proc.kill("SIGTERM");
      await server.exited;
    }
  });

  for (const [name, env, message] of [
    [
      "without INQUIRY_HASH_SALT",
      { INQUIRY_HASH_SALT: undefined },
      /INQUIRY_HASH_SALT: is required when NODE_ENV=production/,
    ],
    [
      "with the formerly public default salt",
      { INQUIRY_HASH_SALT: "development-only-inquiry-salt" },
      /INQUIRY_HASH_SALT: is a public default value/,
    ],
    [
      "without BETTER_AUTH_SECRET",
      { BETTER_AUTH_SECRET: undefined },
      /BETTER_AUTH_SECRET: is required when NODE_ENV=production/,
    ],
  ] as const) {
    test(`L9: production refuses to start ${name}`, async () => {
      const server = startBuilt(await freePort(), { NODE_ENV: "production", ...env });
      const code = await Promise.race([
        server.exited,
        new Promise((r) => setTimeout(() => r("still running"), 30_000)),
      ]);
      server.proc.kill("SIGTERM");
      expect(code).toBe(1);
      expect(server.output()).toMatch(message);
    });
  }
});

// The bad-input corpus (issue 12): hundreds of generated bad requests over every public route, query
// parameter, form and server action, against the built site behind scripts/server.ts. Each must get a
// 4xx or a page that handles it (a localized error, or the input ignored): never a 5xx, never a stored row.
import { expect, test } from "@playwright/test";
import { createPrismaClient } from "../../lib/prisma-client";
import { stateFile } from "./support/auth";
import { actionIds, rawRequest } from "./support/http";

const db = createPrismaClient(process.env.DATABASE_URL);
test.afterAll(async () => db.$disconnect());

const origin = () => new URL(process.env.BASE_URL ?? "http://localhost:3000").origin;
const host = () => new URL(origin()).host;

/** Values that break naive code: long, empty, control characters, invalid UTF-8, markup, operators, numbers. */
const nasty = [
  "",
  "a".repeat(5000),
  "%00",
  "%ff",
  "%C0%AE%C0%AE",
  "%E4%B8",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e%2f",
  "<script>alert(1)<%2Fscript>",
  "'%20OR%201%3D1--",
  "%0D%0ASet-Cookie:%20x=1",
  "-1",
  "1e300",
  "99999999999999999999",
  "NaN",
  "%7B%22not%22%3A%22x%22%7D",
  "%E7%A4%BA%E8%8C%83%E5%8C%BA",
  "%F0%9F%98%80",
  "null",
  "__proto__",
];

const locales = ["zh", "ko", "en", "xx", "ZH", "zh-CN", "%00"];
const slugRoutes = ["zones", "policies", "news", "admin/content/news", "admin/media", "admin/users"];
const listRoutes = [
  "",
  "zones",
  "policies",
  "news",
  "incentives",
  "figures",
  "glossary",
  "press",
  "search",
  "spatial-layout",
  "inquiry",
];
const queryParams: Record<string, string[]> = {
  search: ["q", "all", "type"],
  news: ["page", "zone", "kind", "tag", "year"],
  policies: ["zone", "topic", "issuer", "year", "validity"],
  incentives: ["zone", "industry", "topic"],
};

test("bad-input corpus: no 5xx, nothing stored", async ({ request, browser }) => {
  test.setTimeout(300_000);
  const requests: { label: string; send: () => Promise<number> }[] = [];
  const get = (target: string, headers: string[] = []) =>
    requests.push({
      label: `GET ${target.slice(0, 120)}`,
      send: async () =>
        (
          await rawRequest(
            [`GET ${target} HTTP/1.1`, `Host: ${host()}`, ...headers, "Connection: close", "", ""].join("\r\n"),
          )
        ).status,
    });

  // Paths: every locale-like prefix × every slug route × every nasty value; every list page under each prefix.
  for (const l of locales) {
    for (const r of slugRoutes) for (const v of nasty.slice(0, 12)) get(`/${l}/${r}/${v}`);
    for (const r of listRoutes) get(`/${l}/${r}`);
  }
  for (const v of nasty) get(`/zh/policies/${v}/compare?with=${v}`);
  // Query parameters: each known parameter with each nasty value, twice over (repeated, as an array).
  for (const [route, params] of Object.entries(queryParams))
    for (const p of params)
      for (const v of nasty) {
        get(`/ko/${route}?${p}=${v}`);
        if (v === "-1" || v === "%00") get(`/ko/${route}?${p}=${v}&${p}=${v}&${p}[]=1&${p}[not]=x`);
      }
  // Roots outside the site, traversal, files, feeds with junk.
  for (const t of [
    "/api",
    "/api/auth",
    "/api/auth/%00",
    "/api/internal/publish-due?x=%ff",
    "/media",
    "/media/%00/1.webp",
    "/_next/%ff",
    "/..%2f..%2fetc%2fpasswd",
    "/favicon.ico/%00",
    "/zh/feed.xml?%00",
    "/zh/atom.xml?page=-1",
    "/zh/press/fact-sheet.csv?x=%ff",
    "/sitemap.xml?%ff",
    "/robots.txt/x",
  ])
    get(t);
  // Header injection and odd headers.
  for (const h of [
    ["X-Forwarded-For: %00"],
    ["X-Forwarded-For: " + "1.2.3.4, ".repeat(500)],
    ["X-Forwarded-Host: evil.example"],
    ["Accept-Language: " + "zh;q=".repeat(300)],
    ["Cookie: PORTAL_LOCALE=%00; better-auth.session_token=" + "a".repeat(3000)],
    ["Cookie: better-auth.session_token=x.y.z"],
    ["Next-Action: " + "f".repeat(42)],
    ["Next-Router-State-Tree: %7B%7D"],
    ["RSC: 1", "Next-Router-Prefetch: 1"],
    ["Content-Length: abc"],
  ])
    get("/zh", h);

  // Bodies: the inquiry form and every server action, with bodies of every wrong shape, anonymous and
  // as a signed-in editor.
  const editor = await browser.newContext({ storageState: stateFile("editor") });
  const editorCookie = (await editor.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const page = await editor.newPage();
  const ids = new Set<string>();
  for (const p of [
    "/en/inquiry",
    "/en/admin",
    "/en/admin/users",
    "/en/admin/media",
    "/en/admin/inquiries",
    "/en/admin/schedule",
    "/en/admin/content/news/china-rok-zone-launched/en",
    "/en/admin/content/policy/changjitu-2014-work-points/structure",
  ]) {
    await page.goto(p);
    for (const id of actionIds(await page.content())) ids.add(id);
  }
  await editor.close();
  const bodies: [string, string][] = [
    ["text/plain;charset=UTF-8", "garbage"],
    ["text/plain;charset=UTF-8", "[]"],
    ["text/plain;charset=UTF-8", JSON.stringify([null, null, null, null])],
    ["text/plain;charset=UTF-8", JSON.stringify(["zh", { seq: "x", values: 5 }, { not: "x" }, [1, 2]])],
    ["text/plain;charset=UTF-8", JSON.stringify(["xx", "../../etc", "a".repeat(20_000)])],
    ["application/x-www-form-urlencoded", "name=%00&email[]=a&message=" + "x".repeat(10)],
    [
      "multipart/form-data; boundary=zz",
      '--zz\r\nContent-Disposition: form-data; name="x"\r\n\r\n\u0000\r\n--zz--\r\n',
    ],
    ["multipart/form-data; boundary=zz", "not really multipart"],
    ["application/json", '{"__proto__":{"admin":true}}'],
  ];
  for (const id of ids)
    for (const [type, body] of bodies)
      for (const cookie of [undefined, editorCookie])
        requests.push({
          label: `POST action ${id.slice(0, 8)} ${type} ${body.slice(0, 30)}${cookie ? " (editor)" : ""}`,
          send: async () =>
            (
              await rawRequest(
                [
                  "POST /en/inquiry HTTP/1.1",
                  `Host: ${host()}`,
                  `Origin: ${origin()}`,
                  `Next-Action: ${id}`,
                  `Content-Type: ${type}`,
                  `Content-Length: ${Buffer.byteLength(body)}`,
                  ...(cookie ? [`Cookie: ${cookie}`] : []),
                  "Connection: close",
                  "",
                  "",
                ].join("\r\n"),
                body,
              )
            ).status,
        });
  // Sign-in with bodies of the wrong shape.
  for (const body of [
    "",
    "x",
    "[]",
    '{"email":{"not":"x"},"password":[1]}',
    JSON.stringify({ email: "a".repeat(5000), password: "b" }),
    '{"email":"\\u0000","password":"\\u0000"}',
  ])
    requests.push({
      label: `POST sign-in ${body.slice(0, 30)}`,
      send: async () =>
        (
          await request.post("/api/auth/sign-in/email", {
            headers: { origin: origin(), "content-type": "application/json" },
            data: body,
            maxRedirects: 0,
          })
        ).status(),
    });

  const inquiriesBefore = await db.inquiry.count();
  const usersBefore = await db.user.count();
  const mediaBefore = await db.media.count();
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  for (let i = 0; i < requests.length; i += 10) {
    const batch = requests.slice(i, i + 10);
    const got = await Promise.all(batch.map((r) => r.send().catch(() => 0)));
    got.forEach((status, j) => {
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status >= 500 || status === 0) failures.push(`${status} ${batch[j]!.label}`);
    });
  }
  const distinct = new Set(requests.map((r) => r.label)).size;
  console.log(
    `bad-input corpus: ${requests.length} requests, ${distinct} distinct inputs, ${ids.size} server actions; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
  );
  expect(requests.length).toBeGreaterThanOrEqual(300);
  expect(failures).toEqual([]);
  expect(await db.inquiry.count()).toBe(inquiriesBefore);
  expect(await db.user.count()).toBe(usersBefore);
  expect(await db.media.count()).toBe(mediaBefore);
});

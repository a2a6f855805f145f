// The news editor in the browser: an admin edits the Korean text of a news article and saves a draft (the
// public page keeps the live text), unpublishes and publishes it, and the public page shows the new title; a second tab that opened the editor
// earlier gets the stale message with its typed text kept; Markdown with HTML/script typed into the body
// is rendered inert on the public page. The original text is restored at the end.
//
// Uses "mofcom-etdz-regional-coordination", which other specs do not assert on. One sign-in (better-auth
// allows 5 per client per minute; admin.spec.ts makes 2).
import { expect, test, type Page } from "@playwright/test";
import { stateFile } from "./support/auth";

test.use({ storageState: stateFile("admin") });

const slug = "mofcom-etdz-regional-coordination";
const editor = `/en/admin/content/news/${slug}/ko`;
const XSS = `<img src=x onerror="window.__xss=1"><script>window.__xss=1</script>`;

async function save(page: Page, fields: { title: string; body: string }) {
  await page.getByLabel("Title").fill(fields.title);
  await page.getByLabel("Body", { exact: true }).fill(fields.body);
  await page.getByRole("button", { name: "Save" }).click();
  // A save writes the draft, a revision and the audit entry: give a loaded 2-core machine time.
  await expect(page).toHaveURL(/\?saved=\d+$/, { timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
}

async function publish(page: Page) {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page).toHaveURL(/\?status=published$/, { timeout: 20_000 });
}

/** Revalidation is stale-while-revalidate: reload until the public page shows `title` (up to ~10 s). */
async function expectPublicTitle(page: Page, title: string) {
  await expect(async () => {
    await page.goto(`/ko/news/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title, { timeout: 500 });
  }).toPass({ intervals: [250, 500, 1000], timeout: 10_000 });
}

test("an admin edits, publishes and restores the ko text; stale saves and HTML in the body are handled", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto("/en/admin");
  await page.getByRole("link", { name: "News editor" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/content\/news$/);
  await expect(page.getByTestId(`item-${slug}-ko`)).toContainText("Published");
  await page.getByTestId(`item-${slug}-ko`).getByRole("link", { name: "Edit Korean" }).click();
  await expect(page).toHaveURL(new RegExp(`${editor}$`));
  await page.locator("form[data-hydrated]").waitFor();

  // The zh original is shown read-only beside the form.
  await expect(page.getByRole("heading", { name: "Original text (Chinese)" })).toBeVisible();
  await expect(page.getByTestId("source-title")).toContainText("国家级经开区");
  const original = {
    title: await page.getByLabel("Title").inputValue(),
    body: await page.getByLabel("Body", { exact: true }).inputValue(),
  };
  expect(original.title.length).toBeGreaterThan(0);

  // A second tab opens the editor now, at the same version.
  const other = await page.context().newPage();
  await other.goto(editor);
  await other.locator("form[data-hydrated]").waitFor();
  await expect(other.getByLabel("Title")).toHaveValue(original.title);

  // Preview renders unsaved Markdown as the site would, and saves nothing.
  await page.getByLabel("Body", { exact: true }).fill("미리 보기 **굵게** 텍스트");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("unsaved-preview").locator("strong")).toHaveText("굵게");
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue("미리 보기 **굵게** 텍스트");
  await page.goto(editor);
  await page.locator("form[data-hydrated]").waitFor();
  await expect(page.getByLabel("Body", { exact: true })).toHaveValue(original.body);

  const title = `E2E 편집 제목 ${Date.now()}`;
  await save(page, { title, body: `${XSS}\n\nE2E 본문 **굵게**` });
  await expect(page.getByTestId("content-status")).toHaveText("Published");
  await expect(page.getByTestId("draft-pending")).toBeVisible();
  // The draft against the live text, as the reviewer sees it.
  await expect(page.getByTestId("draft-diff-title").locator("ins").first()).toContainText("E2E");
  await expect(page.getByTestId("saved-preview").locator("strong")).toHaveText("굵게");
  await expect(page.getByTestId("saved-preview").locator("img, script")).toHaveCount(0);

  // The other tab's save is refused as stale; its typed text is still there.
  await other.getByLabel("Title").fill("다른 탭의 제목");
  await other.getByRole("button", { name: "Save" }).click();
  await expect(other.locator("#content-editor-error")).toContainText(
    "Someone else changed this language's text since you opened it. Reload to see their version; your text has not been saved.",
  );
  await expect(other.getByLabel("Title")).toHaveValue("다른 탭의 제목");
  await other.close();

  // Saved but not published: the public page still has the live title.
  const live = await page.context().newPage();
  await live.goto(`/ko/news/${slug}`);
  await expect(live.getByRole("heading", { level: 1 })).toHaveText(original.title);
  await live.close();

  // Unpublish and publish again (editors and admins only).
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page).toHaveURL(/\?status=draft$/);
  await expect(page.getByTestId("content-status")).toHaveText("Draft");
  await publish(page);
  await expect(page.getByTestId("content-status")).toHaveText("Published");
  await expect(page.getByTestId("draft-pending")).toHaveCount(0);

  // The public page shows the new title; the HTML typed into the body is inert.
  const pub = await page.context().newPage();
  await expectPublicTitle(pub, title);
  await expect(pub.getByText("E2E 본문")).toBeVisible();
  // The files built from the same data follow (they once answered 500 after a change expired their tags).
  for (const file of ["/ko/feed.xml", "/ko/atom.xml"]) {
    const res = await page.request.get(file);
    expect(res.status(), file).toBe(200);
    expect(await res.text(), file).toContain(title);
  }
  expect((await page.request.get("/sitemap.xml")).status()).toBe(200);
  expect(await pub.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(pub.locator('main img[src="x"]')).toHaveCount(0);
  await expect(pub.locator("img[onerror]")).toHaveCount(0);
  // No <script> from the body (Next's own flight-data scripts carry the page's text as a JSON string: data, not code).
  expect(
    await pub
      .locator("script")
      .evaluateAll(
        (s) => s.filter((e) => e.textContent?.includes("__xss") && !e.textContent.startsWith("self.__next_f")).length,
      ),
  ).toBe(0);
  await expect(pub.locator(".prose-portal script, .prose-portal img")).toHaveCount(0);
  await expect(pub.locator(".prose-portal")).toContainText("window.__xss=1"); // shown as text, not run

  // Restore the original text.
  await page.goto(editor);
  await page.locator("form[data-hydrated]").waitFor();
  await save(page, original);
  await publish(page);
  await expectPublicTitle(pub, original.title);
  await pub.close();
});

test.describe("as a translator (Korean)", () => {
  test.use({ storageState: stateFile("translator") });

  test("edits the Korean text but cannot publish, and cannot open the original or other languages", async ({
    page,
  }) => {
    await page.goto("/en/admin/content/news");
    const row = page.getByTestId(`item-${slug}-ko`);
    await expect(row.getByRole("link", { name: "Edit Korean" })).toBeVisible();
    // Chinese (the original) and English are listed without an edit link.
    await expect(page.getByTestId(`item-${slug}-zh`).getByRole("link")).toHaveCount(0);
    await expect(page.getByTestId(`item-${slug}-en`).getByRole("link")).toHaveCount(0);

    await page.goto(editor);

    await page.locator("form[data-hydrated]").waitFor();
    await expect(page.getByLabel("Title")).toBeVisible();
    await expect(page.getByRole("button", { name: "Save" })).toBeVisible();
    await expect(page.getByRole("button", { name: /^(Publish|Unpublish)$/ })).toHaveCount(0);

    for (const other of ["zh", "en"]) {
      await page.goto(`/en/admin/content/news/${slug}/${other}`);
      await expect(page.getByRole("main").getByRole("alert")).toHaveText("You may not edit this language.");
      await expect(page.getByLabel("Title")).toHaveCount(0);
    }
  });
});

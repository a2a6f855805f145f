// Markup typed into every editable text field of every content type is inert on the public site.
//
// For one item of each type, an admin types an HTML/script payload (and, into Markdown fields, a
// javascript: link) into every text field of the original-language (zh) editor and saves; the public zh
// page that shows the item is then loaded in Chromium: no script ran (window.__xss stays undefined, no
// dialog), no injected element exists (img[src=x], [onerror], javascript: links), and the typed text is
// shown as text. The original text is put back afterwards.
//
// These saves change pages the other specs read, so this file runs in its own Playwright project after
// all of them (playwright.config.ts, project "xss").
import { expect, test, type Page } from "@playwright/test";
import { stateFile } from "./support/auth";

test.use({ storageState: stateFile("admin") });
test.describe.configure({ mode: "serial" });

const targets = [
  { type: "zone", key: "changchun-etdz", page: "/zh/zones/changchun-etdz" },
  { type: "layout", key: "park-health-food", page: "/zh/spatial-layout" },
  { type: "policy", key: "changjitu-2014-work-points", page: "/zh/policies/changjitu-2014-work-points" },
  {
    type: "policy-section",
    key: "changjitu-2014-work-points~section-2",
    page: "/zh/policies/changjitu-2014-work-points",
  },
  {
    type: "policy-article",
    key: "changjitu-2014-work-points~article-20",
    page: "/zh/policies/changjitu-2014-work-points",
  },
  { type: "news", key: "china-rok-zone-new-track", page: "/zh/news/china-rok-zone-new-track" },
  { type: "figure", key: "china-rok-video-links", page: "/zh/figures" },
  { type: "glossary", key: "one-core-two-wings-multiple-parks", page: "/zh/glossary" },
] as const;

/** Fits the shortest field (100 characters); the marker makes the field's text findable on the page. */
const payload = (marker: string) => `${marker}<img src=x onerror=window.__xss=1><script>window.__xss=1</script>`;
const markdownExtra = " [m](javascript:window.__xss=1) <a href=javascript:window.__xss=1>a</a>";

const editor = (type: string, key: string) => `/zh/admin/content/${type}/${key}/zh`;

/** Opens the editor and waits until React has hydrated the form (see ContentEditorForm). */
async function openEditor(page: Page, type: string, key: string) {
  await page.goto(editor(type, key));
  await page.locator("form[data-hydrated]").waitFor();
}

/** Saves the draft and publishes it (a save alone leaves the public page as it is). */
async function save(page: Page) {
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\?saved=\d+$/);
  await page.getByRole("button", { name: "发布", exact: true }).click();
  await expect(page).toHaveURL(/\?status=published$/);
}

/** The editor's text fields: name → current value, and whether it is Markdown (its hint mentions Markdown). */
async function readFields(page: Page) {
  const fields = page.locator('form input[type="text"][name], form textarea[name]');
  await expect(fields.first()).toBeVisible();
  const out: { name: string; value: string; markdown: boolean }[] = [];
  for (const f of await fields.all()) {
    const name = (await f.getAttribute("name"))!;
    const describedBy = (await f.getAttribute("aria-describedby")) ?? "";
    const hint = describedBy.includes("-hint") ? await page.locator(`[id="field-${name}-hint"]`).innerText() : "";
    out.push({ name, value: await f.inputValue(), markdown: hint.includes("Markdown") });
  }
  return out;
}

async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator("[onerror]")).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  // No executable <script> carries the payload (Next's flight-data scripts hold page text as JSON strings:
  // data, not code). JSON-LD is data too, and its text has every "<" escaped, so it cannot close itself.
  const scripts = await page
    .locator("script")
    .evaluateAll((all) =>
      all.map((e) => ({ type: e.getAttribute("type") ?? "", text: e.textContent ?? "", html: e.innerHTML })),
    );
  const withPayload = scripts.filter((s) => s.text.includes("window.__xss"));
  for (const s of withPayload) {
    if (s.type === "application/ld+json") expect(s.html).not.toContain("<");
    else expect(s.text.startsWith("self.__next_f"), s.text.slice(0, 200)).toBe(true);
  }
}

for (const target of targets) {
  test(`${target.type}: markup typed into every text field is inert on ${target.page}`, async ({ page }) => {
    test.setTimeout(90_000);
    page.on("dialog", (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    await openEditor(page, target.type, target.key);
    const fields = await readFields(page);
    expect(fields.length).toBeGreaterThan(0);

    const markers: string[] = [];
    for (const [i, f] of fields.entries()) {
      const marker = `XSS${i}${target.type.replace(/-/g, "").slice(0, 6)}`;
      markers.push(marker);
      const value = payload(marker) + (f.markdown ? markdownExtra : "");
      await page.locator(`#field-${f.name}`).fill(value);
      await expect(page.locator(`#field-${f.name}`)).toHaveValue(value);
    }
    await save(page);

    try {
      await page.goto(target.page);
      await expectInert(page);
      // The typed text is on the page as text: at least the item's name/title/heading field (the first).
      await expect(page.locator("main")).toContainText(markers[0]!);
      // ...with the tags shown as literal text (plain-text fields; Markdown fields drop raw HTML instead).
      if (!fields[0]!.markdown) await expect(page.locator("main")).toContainText(`${markers[0]}<img src=x onerror=`);
    } finally {
      // Put the original text back.
      await openEditor(page, target.type, target.key);
      for (const f of fields) await page.locator(`#field-${f.name}`).fill(f.value);
      await save(page);
    }
  });
}

// The locale-neutral details' free text: a policy's document number is shown on its page; a news
// article's source address becomes a link, so anything but http(s) is refused.
test("policy details: markup typed into the document number is inert on the policy page", async ({ page }) => {
  test.setTimeout(90_000);
  const details = "/zh/admin/content/policy/changjitu-2014-work-points/metadata";
  const field = page.locator("#meta-documentNumber");
  const submit = () => page.locator("form").filter({ has: field }).locator('button[type="submit"]').click();
  await page.goto(details);
  await page.waitForLoadState("networkidle");
  const original = await field.inputValue();
  const value = payload("XSSdocno");
  await field.fill(value);
  await expect(field).toHaveValue(value);
  await submit();
  await expect(page).toHaveURL(/\?saved=\d+$/);
  try {
    await page.goto("/zh/policies/changjitu-2014-work-points");
    await expectInert(page);
    await expect(page.locator("main")).toContainText(`XSSdocno<img src=x onerror=`);
  } finally {
    await page.goto(details);
    await page.waitForLoadState("networkidle");
    await field.fill(original);
    await expect(field).toHaveValue(original);
    await submit();
    await expect(page).toHaveURL(/\?(saved|unchanged)=\d+$/);
  }
});

test("news details: a javascript: source address is refused and nothing is saved", async ({ page }) => {
  const details = "/zh/admin/content/news/china-rok-zone-new-track/metadata";
  const field = page.locator("#meta-sourceUrl");
  await page.goto(details);
  await page.waitForLoadState("networkidle");
  const original = await field.inputValue();
  await field.fill("javascript:window.__xss=1");
  await expect(field).toHaveValue("javascript:window.__xss=1");
  await page.locator("form").filter({ has: field }).locator('button[type="submit"]').click();
  await expect(page.getByRole("main").getByRole("alert").first()).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await page.goto(details);
  await expect(field).toHaveValue(original);
  await page.goto("/zh/news/china-rok-zone-new-track");
  await expectInert(page);
});

// The editorial workflow end to end, on the zone "changjitu-pilot-zone" (original: Chinese), which no
// other spec asserts on: a Korean translator edits the published Korean summary and saves — the public
// Korean page is unchanged, and the translator has no Publish control — then submits it for review; the
// editor sees the count on the dashboard and the item in the review queue, opens it, sees the draft's
// diff against the live text and approves it; the public page shows it at once (within a second on an
// idle machine). Then the
// provenance line: shown under the title in ko and en (never on the Chinese original); after the editor
// publishes a change of the Chinese original, both translations say the original was updated, until a
// new Korean translation is published (English still says it). Everything is put back at the end.
import os from "node:os";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { noAxeViolations } from "./support/axe";
import { stateFile } from "./support/auth";

const key = "changjitu-pilot-zone";
const editor = (locale: string) => `/en/admin/content/zone/${key}/${locale}`;
const publicPath = (locale: string) => `/${locale}/zones/${key}`;
const summary = (page: Page) => page.getByLabel("Summary", { exact: true });

async function openEditor(page: Page, locale: string) {
  await page.goto(editor(locale));
  await page.locator("form[data-hydrated]").waitFor();
}

async function saveSummary(page: Page, locale: string, text: string) {
  await openEditor(page, locale);
  await summary(page).fill(text);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\?saved=\d+$/, { timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
}

async function publish(page: Page) {
  await page.getByRole("button", { name: /^(Publish|Approve and publish)$/ }).click();
  await expect(page).toHaveURL(/\?status=published$/, { timeout: 20_000 });
}

/** The public page as an anonymous reader gets it (plain HTTP, no cookies). */
async function publicHtml(baseURL: string, locale: string): Promise<string> {
  const res = await fetch(new URL(publicPath(locale), baseURL), { cache: "no-store" });
  expect(res.status).toBe(200);
  return res.text();
}

async function signedIn(browser: Browser, role: "editor" | "translator") {
  const context = await browser.newContext({ storageState: stateFile(role) });
  return { context, page: await context.newPage() };
}

test("a translator's edit goes live only when an editor approves it; provenance and the outdated notice follow", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const base = baseURL!;
  const tr = await signedIn(browser, "translator");
  const ed = await signedIn(browser, "editor");
  const reader = await browser.newPage();
  await openEditor(ed.page, "zh");
  const zhOriginal = await summary(ed.page).inputValue();
  await openEditor(ed.page, "ko");
  const koOriginal = await summary(ed.page).inputValue();
  await openEditor(ed.page, "en");
  const enOriginal = await summary(ed.page).inputValue();
  const marker = `E2E 검토 ${Date.now()}`;

  try {
    // The provenance line: in ko and en, in the reader's language, linking to the Chinese original.
    await reader.goto(publicPath("ko"));
    await expect(reader.getByTestId("provenance")).toContainText("중국어 원문(수정본");
    await expect(reader.getByTestId("provenance")).toContainText("중국어 원문이 우선합니다.");
    await expect(reader.getByTestId("provenance").getByRole("link", { name: "중국어 원문 보기" })).toHaveAttribute(
      "href",
      publicPath("zh"),
    );
    await expect(reader.getByTestId("provenance-outdated")).toHaveCount(0);
    await reader.goto(publicPath("en"));
    await expect(reader.getByTestId("provenance")).toContainText("Translated from the Chinese original (revision");
    await expect(reader.getByTestId("provenance")).toContainText("The Chinese text prevails.");
    await reader.goto(publicPath("zh"));
    await expect(reader.getByTestId("provenance")).toHaveCount(0);

    // The translator saves a draft: the public Korean page is unchanged; there is no way to publish.
    await saveSummary(tr.page, "ko", `${koOriginal} ${marker}`);
    await expect(tr.page.getByTestId("draft-pending")).toBeVisible();
    await expect(tr.page.getByRole("button", { name: /publish/i })).toHaveCount(0);
    await expect(tr.page.getByTestId("schedule")).toHaveCount(0);
    expect(await publicHtml(base, "ko")).not.toContain(marker);

    // ...and submits it for review.
    await tr.page.getByRole("button", { name: "Submit for review" }).click();
    await expect(tr.page).toHaveURL(/\?review=submitted$/);
    await expect(tr.page.getByTestId("review-state")).toHaveText("Waiting for review");
    await expect(tr.page.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
    await noAxeViolations(tr.page);

    // The editor: a count on the dashboard, the queue per language, the diff against the live text.
    await ed.page.goto("/en/admin");
    await expect(ed.page.getByTestId("review-count")).toContainText(/\d+ drafts? waiting for review/);
    await ed.page.goto("/en/admin/translations");
    const queued = ed.page.getByTestId("queue-ko").getByRole("link", { name: /^Zone profiles · / });
    await expect(queued).toHaveCount(1);
    await noAxeViolations(ed.page);
    await queued.click();
    await expect(ed.page).toHaveURL(new RegExp(`${editor("ko")}$`));
    await expect(ed.page.getByTestId("draft-diff-summary").locator("ins")).toContainText(marker);
    await noAxeViolations(ed.page);
    expect(await publicHtml(base, "ko")).not.toContain(marker);

    // Approve: live within a second.
    await ed.page.getByRole("button", { name: "Approve and publish" }).click();
    await expect(ed.page).toHaveURL(/\?status=published$/);
    const approvedAt = Date.now();
    await expect
      .poll(async () => (await publicHtml(base, "ko")).includes(marker), { timeout: 10_000, intervals: [50] })
      .toBe(true);
    const elapsed = Date.now() - approvedAt;
    test.info().annotations.push({ type: "approve to live", description: `${elapsed} ms` });
    // The goal is 1 s (npm run bench:publish measures it). On a machine loaded by other builds (load
    // average above 2 per core) the first fresh render of the page alone can take longer: then the
    // figure is recorded, not asserted.
    if (os.loadavg()[0]! / os.cpus().length < 2) expect(elapsed).toBeLessThanOrEqual(1000);
    await expect(ed.page.getByTestId("review-state")).toHaveCount(0);

    // A published change of the Chinese original: both translations say so (a draft of it does not).
    await saveSummary(ed.page, "zh", `${zhOriginal}（E2E）`);
    await reader.goto(publicPath("ko"));
    await expect(reader.getByTestId("provenance-outdated")).toHaveCount(0);
    await publish(ed.page);
    await expect(async () => {
      await reader.goto(publicPath("ko"));
      await expect(reader.getByTestId("provenance-outdated")).toContainText("중국어 원문이", { timeout: 500 });
    }).toPass({ timeout: 10_000 });
    await expect(reader.getByTestId("provenance-outdated")).toContainText("번역에는 반영되지 않았을 수 있습니다.");
    await reader.goto(publicPath("en"));
    await expect(reader.getByTestId("provenance-outdated")).toContainText("The Chinese original was updated on");
    await reader.goto(publicPath("zh"));
    await expect(reader.getByTestId("provenance-outdated")).toHaveCount(0);

    // The Korean editor shows what changed in the original since; a new Korean translation ends the notice in ko.
    await openEditor(ed.page, "ko");
    await expect(ed.page.getByTestId("source-since-diff-summary").locator("ins")).toContainText("E2E");
    await saveSummary(ed.page, "ko", koOriginal);
    await publish(ed.page);
    await expect(async () => {
      await reader.goto(publicPath("ko"));
      await expect(reader.getByTestId("provenance")).toBeVisible({ timeout: 500 });
      await expect(reader.getByTestId("provenance-outdated")).toHaveCount(0, { timeout: 500 });
    }).toPass({ timeout: 10_000 });
    await reader.goto(publicPath("en"));
    await expect(reader.getByTestId("provenance-outdated")).toBeVisible();
  } finally {
    // Put everything back: the Chinese summary, then ko and en translated from it (no notice left).
    for (const [locale, text] of [
      ["zh", zhOriginal],
      ["ko", koOriginal],
      ["en", enOriginal],
    ] as const) {
      await saveSummary(ed.page, locale, text);
      await publish(ed.page);
    }
    await tr.context.close();
    await ed.context.close();
    await reader.close();
  }
});

// Revision history and the translation dashboard in the browser: an admin edits the zh original of a
// glossary term twice, opens its history and sees the second edit as <ins>/<del>, restores the first
// version (the editor shows it), then finds the term's ko and en translations flagged outdated on
// /en/admin/translations with the change to the original since they were made. axe checks both pages.
// The original text is restored at the end (even when a step fails).
//
// Uses the glossary term "emptying-the-cage-for-new-birds" (腾笼换鸟), which no other spec asserts on.
// Runs as the admin from the saved sign-in state (tests/e2e/support/auth.ts).
import { expect, test, type Page } from "@playwright/test";
import { noAxeViolations } from "./support/axe";
import { stateFile } from "./support/auth";

test.use({ storageState: stateFile("admin") });

const key = "emptying-the-cage-for-new-birds";
const editor = `/en/admin/content/glossary/${key}/zh`;

const definition = (page: Page) => page.getByLabel("Definition", { exact: true });

/** The editor is streamed and hydrated: typing before hydration can be lost, so wait for it. */
async function openEditor(page: Page) {
  await page.goto(editor);
  await page.waitForLoadState("networkidle");
  await expect(definition(page)).toBeEditable();
}

async function saveDefinition(page: Page, text: string) {
  await openEditor(page);
  await definition(page).fill(text);
  await expect(definition(page)).toHaveValue(text);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\?saved=\d+$/);
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
}

/** Publishes the draft (the dashboard's outdated flags follow the original's live revision). */
async function publish(page: Page) {
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page).toHaveURL(/\?status=published$/);
}

test("edit twice, compare, restore the first version; the dashboard shows ko/en outdated with the source diff", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openEditor(page);
  const original = await definition(page).inputValue();
  expect(original.length).toBeGreaterThan(0);
  const first = `${original}第一次修改。`;
  const second = `${original}第二次修改。`;

  try {
    await saveDefinition(page, first);
    await saveDefinition(page, second);

    // The history: newest first, the default diff is the second edit against the first.
    await page.getByRole("link", { name: "Revision history" }).click();
    await expect(page).toHaveURL(new RegExp(`${editor}/history$`));
    await expect(page.getByRole("heading", { level: 1, name: "Revision history" })).toBeVisible();
    const diff = page.getByTestId("diff-definition");
    await expect(diff.locator("ins")).toContainText("第二");
    await expect(diff.locator("del")).toContainText("第一");
    // Not colour alone: each change carries a visually hidden label.
    await expect(diff.locator("ins .sr-only")).toHaveText("added:");
    await expect(diff.locator("del .sr-only")).toHaveText("removed:");
    await expect(page.getByTestId("diff-term")).toHaveCount(0);
    await expect(page.getByTestId("history-diff")).toContainText("Unchanged fields: Term");
    const revisions = page.locator('section[aria-labelledby="history-revisions"] > ol > li');
    await expect(revisions.first()).toContainText("Current text");
    // Drafts: the seeded text is still the one on the site.
    await expect(revisions.last().getByTestId("live-badge")).toHaveText("Live on the site");
    await expect(revisions.last()).toContainText("Text before the first edit");
    await expect(revisions.last()).toContainText("System (seed content)");
    await noAxeViolations(page);

    // Compare any two through the GET form: the baseline against the newest.
    await page.getByLabel("From (older)").selectOption({ index: (await revisions.count()) - 1 });
    await page.getByLabel("To (newer)").selectOption({ index: 0 });
    await page.getByRole("button", { name: "Compare" }).click();
    await expect(page).toHaveURL(/[?&]from=.+&to=/);
    await expect(diff.locator("ins")).toContainText("第二次修改");
    await expect(diff.locator("del")).toHaveCount(0);

    // Restore the first edit (the second entry): back in the editor with its text.
    await revisions
      .nth(1)
      .getByRole("button", { name: /Restore this version/ })
      .click();
    await expect(page).toHaveURL(new RegExp(`${editor}\\?saved=\\d+$`));
    await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
    await expect(definition(page)).toHaveValue(first);
    await publish(page);
    await page.goto(`${editor}/history`);
    await expect(revisions.first()).toContainText(/Restores revision \d+/);

    // The dashboard: ko and en of this term are outdated, with the original's change since.
    await page.goto("/en/admin/translations");
    await expect(page.getByRole("heading", { level: 1, name: "Translation dashboard" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Korean: by content type" })).toBeVisible();
    for (const locale of ["ko", "en"] as const) {
      const item = page.getByTestId(`outdated-glossary-${key}-${locale}`);
      await expect(item).toBeVisible();
      await expect(item).toContainText(locale === "ko" ? "Korean translation" : "English translation");
      await expect(item.getByRole("link", { name: locale === "ko" ? "Edit Korean" : "Edit English" })).toHaveAttribute(
        "href",
        `/en/admin/content/glossary/${key}/${locale}`,
      );
      const source = item.getByTestId("source-diff-definition");
      await expect(source.locator("ins")).toContainText("第一次修改");
    }
    const glossaryKo = page.getByTestId("coverage-ko-glossary");
    expect(Number(await glossaryKo.locator('[data-col="outdated"]').innerText())).toBeGreaterThanOrEqual(1);
    await noAxeViolations(page);
  } finally {
    // Put the original text back.
    await saveDefinition(page, original);
    await publish(page);
    await expect(definition(page)).toHaveValue(original);
  }
});

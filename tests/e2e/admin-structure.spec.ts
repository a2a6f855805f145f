// A policy's structure and an item's locale-neutral fields in the browser, as an editor: on
// "changjitu-2014-work-points", add an article at the end of the last section with Chinese text, see it
// on the public /zh page at its #article-N permalink, move it up (the public order follows), delete it
// after the confirmation step; change a key figure's value through its details form (a bad value gets a
// field error and saves nothing), see it on /en/figures, and put it back. A translator is refused both
// pages. axe checks the structure, flags and details pages.
//
// portal.spec.ts, keyboard-path.spec.ts and search.spec.ts assert on this policy (45 articles, 10
// sections, article 20–22), so this file runs in the late project after all of them
// (playwright.config.ts), never renumbers an existing article, and deletes what it adds. No other spec
// asserts on the figure "changchun-etdz-school-land".
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { noAxeViolations } from "./support/axe";
import { stateFile } from "./support/auth";

test.use({ storageState: stateFile("editor") });
// Every form post re-renders the whole structure page (46 articles); allow a loaded machine some time.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ mode: "serial" });

const slug = "changjitu-2014-work-points";
const structure = `/en/admin/content/policy/${slug}/structure`;
const figure = "changchun-etdz-school-land"; // 145,000 m²
const details = `/en/admin/content/figure/${figure}/metadata`;

/** Writes expire the tags at once; reload the public page until `check` passes (up to ~10 s). */
async function eventually(page: Page, url: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(url);
    await check();
  }).toPass({ intervals: [250, 500, 1000], timeout: 10_000 });
}

/** The article numbers of a section on the structure page, in order. */
async function numbersIn(page: Page, section: string) {
  const ids = await page
    .getByTestId(`structure-${section}`)
    .locator("li[id^=article-]")
    .evaluateAll((els) => els.map((e) => e.id));
  return ids.map((id) => Number(id.replace("article-", "")));
}

test("an editor adds an article, sees it on the public page, moves it up and deletes it", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/en/admin/content/policy");
  await page
    .getByTestId(`item-${slug}`)
    .getByRole("link", { name: /^Sections and articles/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${structure}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sections and articles");
  await expect(page.getByText("10 sections, 45 articles")).toBeVisible();
  await noAxeViolations(page);

  const heading = `E2E 新增条款 ${Date.now()}`;
  const add = page.getByRole("region", { name: "Add an article" });
  // An empty text is refused with a field error; nothing is added.
  await add.getByLabel("Heading (Chinese)").fill(heading);
  await add.getByRole("button", { name: "Add" }).click();
  await expect(add.getByText("Required.")).toBeVisible();
  await expect(add.getByLabel("Heading (Chinese)")).toHaveValue(heading);
  await expect(page.getByText("10 sections, 45 articles")).toBeVisible();

  await expect(add.getByLabel("Section")).toHaveValue("section-10");
  await add.getByLabel("Text (Chinese)").fill("这是端到端测试添加的条款正文。");
  await add.getByRole("button", { name: "Add" }).click();
  await expect(page).toHaveURL(/\?done=addArticle#article-\d+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  const number = Number(anchor.replace("article-", ""));
  expect(number).toBeGreaterThan(45);
  try {
    await expect(page.getByRole("status")).toHaveText("Article added.");
    const row = page.getByTestId(`structure-${anchor}`);
    await expect(row).toContainText(heading);
    await expect(row.getByTestId(`missing-${anchor}-ko`)).toHaveText("Korean: not yet translated");
    await expect(
      row.getByRole("link", { name: new RegExp(`^Chinese \\(original\\): (Article|Item) ${number}$`) }),
    ).toHaveAttribute("href", `/en/admin/content/policy-article/${slug}~${anchor}/zh`);
    expect(await numbersIn(page, "section-10")).toEqual([43, 44, 45, number]);

    // The public page shows it at its permalink (Chinese; the other languages fall back to it).
    const pub = await page.context().newPage();
    await eventually(pub, `/zh/policies/${slug}#${anchor}`, async () => {
      await expect(pub.locator(`#${anchor}`)).toContainText(heading, { timeout: 500 });
    });
    await expect(pub.locator(`#${anchor}`)).toBeInViewport();
    await expect(pub.locator(`#${anchor}`).getByRole("link", { name: `第${number}项的永久链接` })).toHaveAttribute(
      "href",
      `#${anchor}`,
    );
    await expect(pub.locator("[id^=article-]")).toHaveCount(46);

    // Move it up: before article 45, here and on the site; its number and anchor stay.
    await row.getByRole("button", { name: new RegExp(`^Move up: (Article|Item) ${number}$`) }).click();
    await expect(page).toHaveURL(new RegExp(`\\?done=moveArticle#${anchor}$`));
    await expect(page.getByRole("status")).toHaveText("Article moved.");
    expect(await numbersIn(page, "section-10")).toEqual([43, 44, number, 45]);
    await eventually(pub, `/zh/policies/${slug}`, async () => {
      const order = await pub.locator("#section-10 [id^=article-]").evaluateAll((els) => els.map((e) => e.id));
      expect(order).toEqual(["article-43", "article-44", anchor, "article-45"]);
    });

    // Its flags page passes axe too.
    await page
      .getByTestId(`structure-${anchor}`)
      .getByRole("link", { name: new RegExp(`^Flags: (Article|Item) ${number}$`) })
      .click();
    await expect(page.getByRole("heading", { level: 2, name: `Flags of article ${number}` })).toBeVisible();
    await noAxeViolations(page);
    await page.getByRole("link", { name: "Back to sections and articles" }).click();

    // Delete, after the confirmation step.
    await page
      .getByTestId(`structure-${anchor}`)
      .getByRole("link", { name: new RegExp(`^Delete: (Article|Item) ${number}$`) })
      .click();
    await expect(page).toHaveURL(new RegExp(`\\?confirm=${anchor}#confirm$`));
    const confirm = page.getByRole("group", { name: new RegExp(`^Delete (Article|Item) ${number}\\?$`) });
    await expect(confirm).toContainText(`#${anchor}`);
    await noAxeViolations(page);
    await confirm.getByLabel(new RegExp(`^Yes, delete (Article|Item) ${number}$`)).check();
    await confirm.getByRole("button", { name: "Delete permanently" }).click();
    await expect(page).toHaveURL(/\?done=deleteArticle$/);
    await expect(page.getByRole("status")).toHaveText("Article deleted.");
    await expect(page.getByTestId(`structure-${anchor}`)).toHaveCount(0);
    await expect(page.getByText("10 sections, 45 articles")).toBeVisible();
    await eventually(pub, `/zh/policies/${slug}`, async () => {
      await expect(pub.locator("[id^=article-]")).toHaveCount(45, { timeout: 500 });
    });
    await expect(pub.locator(`#${anchor}`)).toHaveCount(0);
    await pub.close();
  } finally {
    // Leave the policy as the other specs expect it, whatever failed above.
    await page.goto(`${structure}?confirm=${anchor}`);
    const leftover = page.getByRole("group", { name: new RegExp(`^Delete (Article|Item) ${number}\\?$`) });
    if (await leftover.count()) {
      await leftover.getByLabel(new RegExp(`^Yes, delete (Article|Item) ${number}$`)).check();
      await leftover.getByRole("button", { name: "Delete permanently" }).click();
      await expect(page).toHaveURL(/\?done=deleteArticle$/);
    }
  }
});

test("an editor changes a key figure's value through its details and puts it back", async ({ page }) => {
  await page.goto("/en/admin/content/figure");
  await page
    .getByTestId(`item-${figure}`)
    .getByRole("link", { name: /^Details/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${details}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Key figures: details");
  const value = page.getByLabel("Value", { exact: true });
  await expect(value).toHaveValue("145000");
  await expect(page.getByLabel("Unit")).toHaveValue("m2");
  await expect(page.getByLabel("As of")).toHaveAttribute("type", "date");
  await noAxeViolations(page);

  // Too many decimal places: a field error, the typed value kept, nothing saved.
  await value.fill("1.23456");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.locator("#metadata-error")).toHaveText("Some fields need changing; nothing was saved.");
  await expect(page.locator("#meta-value-error")).toHaveText("Not valid.");
  await expect(value).toHaveAttribute("aria-invalid", "true");
  await expect(value).toHaveValue("1.23456");
  await noAxeViolations(page);

  try {
    await value.fill("145001");
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page).toHaveURL(/\?saved=\d+$/);
    await expect(page.getByRole("status")).toHaveText("Details saved.");
    await expect(value).toHaveValue("145001");
    const pub = await page.context().newPage();
    await eventually(pub, "/en/figures", async () => {
      await expect(pub.getByText("145,001 m²").first()).toBeVisible({ timeout: 500 });
    });
    await pub.close();
  } finally {
    await page.goto(details);
    await page.getByLabel("Value", { exact: true }).fill("145000");
    await page.getByRole("button", { name: "Save details" }).click();
    await expect(page.getByRole("status")).toHaveText(/Details saved\.|Nothing had changed/);
  }
});

test("a translator is refused the details and structure pages", async ({ browser }) => {
  const context = await browser.newContext({ storageState: stateFile("translator") });
  const page = await context.newPage();
  const message = "Only editors and administrators can change an item's details or a document's structure.";
  await page.goto(details);
  await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save details" })).toHaveCount(0);
  await page.goto(structure);
  await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Move up/ })).toHaveCount(0);
  // The list offers no details link to a translator.
  await page.goto("/en/admin/content/figure");
  await expect(page.getByTestId(`item-${figure}`)).toBeVisible();
  await expect(page.getByRole("link", { name: /^Details/ })).toHaveCount(0);
  await context.close();
});

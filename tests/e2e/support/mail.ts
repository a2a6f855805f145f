// The e2e site runs without SMTP_URL, so its mail lands in the outbox that admins read at /admin/outbox.
// Also: an editor's edit of one policy article published through the content editor (a change record).
import { expect, type Browser, type Page } from "@playwright/test";
import { stateFile } from "./auth";
import { noAxeViolations } from "./axe";

/** The admin's outbox until a mail to `to` whose subject matches appears (the queue runs every 5 s); its text. */
export async function mailFromOutbox(
  browser: Browser,
  to: string,
  subject: RegExp,
  opts: { axe?: boolean } = {},
): Promise<string> {
  const ctx = await browser.newContext({ storageState: stateFile("admin") });
  const page = await ctx.newPage();
  try {
    let text = "";
    await expect(async () => {
      await page.goto("/ko/admin/outbox");
      const mail = page
        .getByTestId("outbox-mail")
        .filter({ has: page.getByTestId("outbox-to").getByText(to, { exact: true }) })
        .filter({ has: page.getByTestId("outbox-subject").getByText(subject) });
      await expect(mail).toHaveCount(1);
      text = (await mail.getByTestId("outbox-text").textContent()) ?? "";
    }).toPass({ timeout: 90_000, intervals: [1000, 2000, 3000] });
    if (opts.axe !== false) await noAxeViolations(page);
    return text;
  } finally {
    await ctx.close();
  }
}

/** As the signed-in editor of `page`: appends `suffix` to an article's body in `locale`, saves, publishes (with a note). */
export async function publishArticleEdit(
  page: Page,
  locale: string,
  slug: string,
  anchor: string,
  suffix: string,
  note?: string,
) {
  await page.goto(`/en/admin/content/policy-article/${slug}~${anchor}/${locale}`);
  await page.locator("form[data-hydrated]").waitFor();
  const body = page.getByLabel("Body", { exact: true });
  await body.fill(`${await body.inputValue()} ${suffix}`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\?saved=\d+$/, { timeout: 20_000 });
  if (note) await page.getByLabel(/^Public change note/).fill(note);
  await page.getByRole("button", { name: /^(Publish|Approve and publish)$/ }).click();
  await expect(page).toHaveURL(/\?status=published$/, { timeout: 20_000 });
}

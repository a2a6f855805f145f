// The investor's path with the keyboard alone: home → layout → a park → a policy article → inquiry sent.
import { expect, test, type Page } from "@playwright/test";

/** Presses Tab until the focused element's accessible text matches, then returns. */
async function tabTo(page: Page, match: RegExp, max = 400) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled = el.getAttribute("aria-label");
      const id = el.getAttribute("id");
      const label = id ? document.querySelector(`label[for="${id}"]`)?.textContent : null;
      return (labelled ?? label ?? el.textContent ?? "").replace(/\s+/g, " ").trim();
    });
    if (match.test(name)) return;
  }
  throw new Error(`no focusable element matching ${match} within ${max} Tab presses`);
}

test("keyboard only: home → layout → park → policy article → inquiry sent", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/en");

  await tabTo(page, /^The spatial layout/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/spatial-layout$/);

  await tabTo(page, /^Information Technology Park \(Park\)$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#park-information-technology$/);
  await expect(page.locator("#park-information-technology")).toBeInViewport();

  await tabTo(page, /^Policies$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/policies$/);
  await tabTo(page, /^Key Work Points/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/policies\/changjitu-2014-work-points$/);
  await tabTo(page, /^Permanent link to item 22$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#article-22$/);

  // Back to the header as a keyboard user would: reload (F5) puts focus at the top of the page.
  await page.reload();
  await tabTo(page, /^Investor inquiry$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/inquiry$/);

  await tabTo(page, /^Name/);
  await page.keyboard.type("Kim Min-jun (keyboard path)");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Hanbit Logistics");
  await page.keyboard.press("Tab");
  await page.keyboard.type(`keyboard-${Date.now()}@example.com`);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Republic of Korea");
  await tabTo(page, /^Logistics and customs$/);
  await page.keyboard.press("Space");
  await tabTo(page, /^Message/);
  await page.keyboard.type("We would like to learn about cross-border e-commerce in the Xinglong bonded zone.");
  await tabTo(page, /^Send inquiry$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText(/INQ-[A-Z0-9]{6}/);
});

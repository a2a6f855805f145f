// axe-core over the page once it has loaded and shows its main heading: every violation, with the elements
// it names. The admin renders its pages inside <Suspense>, so right after a navigation the document can
// still be streaming in (or React still be revealing it): a check run then found no <h1> yet
// (page-has-heading-one) although the page had one. Every page checked has an <h1>.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function noAxeViolations(page: Page, label = page.url()) {
  await page.waitForLoadState("load");
  await page.locator("h1").first().waitFor({ state: "visible" });
  const result = await new AxeBuilder({ page }).analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
    label,
  ).toEqual([]);
}

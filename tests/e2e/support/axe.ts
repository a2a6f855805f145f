// axe-core over the page once it has loaded: every violation, with the elements it names. Waiting for the
// load event means a streamed page (the admin renders its pages inside <Suspense>) is complete: a check
// run while a new document was still streaming in found no <h1> yet (page-has-heading-one).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function noAxeViolations(page: Page, label = page.url()) {
  await page.waitForLoadState("load");
  const result = await new AxeBuilder({ page }).analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`),
    label,
  ).toEqual([]);
}

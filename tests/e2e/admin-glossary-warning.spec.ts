// The glossary check in the admin editor: typing a rendering content/glossary.json rejects shows a warning
// beside the field, naming the rendering to use, announced through the field's aria-describedby; it goes
// away when the text is fixed. Nothing is saved.
import { expect, test } from "@playwright/test";
import { stateFile } from "./support/auth";

test.use({ storageState: stateFile("admin") });

test("the editor warns beside a field that uses a rejected rendering", async ({ page }) => {
  await page.goto("/en/admin/content/figure/china-rok-video-links/ko");
  await page.locator("form[data-hydrated]").waitFor();
  const note = page.getByLabel("Note");
  const warning = page.getByTestId("glossary-warning-note");
  await expect(warning).toHaveCount(0);

  await note.fill("창춘 룽자 국제공항 기반의 임공산업 집적구");
  await expect(warning).toHaveText("Glossary: this portal does not use “임공”; use “공항 연계 산업 (공항 연계 제조)”.");
  await expect(note).toHaveAttribute("aria-describedby", /field-note-glossary/);

  await note.fill("창춘 룽자 국제공항 기반의 공항 연계 산업 집적구");
  await expect(warning).toHaveCount(0);
});

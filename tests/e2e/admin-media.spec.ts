// The media library in the browser: an admin uploads a generated JPEG through the form (a text file
// named .jpg is refused first, with the typed alt text kept), edits its texts (a stale second tab is
// refused and keeps its text), makes it the lead image of a news article and sees it on the public page
// in zh and ko with the right alt text (and the original's, marked with its lang, in en), served from
// /media/<id>/<width>.webp as immutable WebP. The Korean translator sees and edits only the Korean text.
// At the end the lead image is removed and the image deleted (with its confirmation box). axe runs on
// every media admin page.
//
// Uses "changchun-etdz-reform-innovation" (original zh), on which other specs assert only its source link.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { noAxeViolations } from "./support/axe";
import sharp from "sharp";
import { stateFile } from "./support/auth";

test.use({ storageState: stateFile("admin") });

const slug = "changchun-etdz-reform-innovation";
const articleTitleEn = "Changchun ETDZ unleashes internal momentum through reform and innovation";

/** A 1600×1000 "photo" of a skyline (JPEG with camera EXIF), made from SVG by sharp. */
async function skylineJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000">
    <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7fb2e5"/><stop offset="1" stop-color="#e8f1fa"/></linearGradient></defs>
    <rect width="1600" height="1000" fill="url(#s)"/>
    <circle cx="1300" cy="220" r="90" fill="#ffd45c"/>
    <g fill="#2f4b6e"><rect x="80" y="480" width="180" height="520"/><rect x="300" y="360" width="140" height="640"/><rect x="480" y="540" width="220" height="460"/>
    <rect x="760" y="300" width="160" height="700"/><rect x="960" y="460" width="200" height="540"/><rect x="1200" y="580" width="320" height="420"/></g>
    <rect y="900" width="1600" height="100" fill="#3d6b3a"/></svg>`;
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 85 })
    .withExif({ IFD0: { Make: "E2ECam", Copyright: "e2e-exif-marker" } })
    .toBuffer();
}

/** Revalidation: reload until `check` passes on the public page (up to ~10 s). */
async function eventually(page: Page, url: string, check: () => Promise<void>) {
  await expect(async () => {
    await page.goto(url);
    await check();
  }).toPass({ intervals: [250, 500, 1000], timeout: 10_000 });
}

async function as(browser: Browser, role: "translator" | null) {
  const context = await browser.newContext(
    role ? { storageState: stateFile(role) } : { storageState: { cookies: [], origins: [] } },
  );
  return { context, page: await context.newPage() };
}

test("upload, alt text per language, lead image on the public page, delete", async ({ page, browser, request }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const altZh = `长春经开区天际线 ${stamp}`;
  const altKo = `창춘 경제기술개발구 스카이라인 ${stamp}`;

  // Anonymous visitors are sent to sign in.
  const anon = await as(browser, null);
  await anon.page.goto("/en/admin/media");
  await expect(anon.page).toHaveURL(/\/en\/admin\/sign-in$/);
  await anon.context.close();

  // The list, from the dashboard.
  await page.goto("/en/admin");
  await page.getByRole("link", { name: "Media library" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/media$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Media library");
  await noAxeViolations(page);
  await page.getByRole("link", { name: "Upload an image" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/media\/upload$/);
  await expect(page.getByLabel("Image file")).toHaveAttribute("accept", /image\/webp/);

  // The original language's alt text is marked as required and follows the choice of original language.
  await page.getByLabel("Original language", { exact: true }).selectOption("zh");
  await expect(page.getByTestId("alt-mark-zh")).toHaveText("original · required");
  await expect(page.getByTestId("alt-mark-ko")).toHaveText("optional");
  await noAxeViolations(page);

  // Posted before React runs (no JavaScript yet; simulated by a copy of the form without React's handlers,
  // as the server rendered it), a refused upload comes back as a page with the errors and the typed text.
  await page.evaluate(() => {
    const form = document.querySelector("form:has(#media-file)")!;
    const copy = form.cloneNode(true) as HTMLFormElement;
    (copy.querySelector('[name="_enhanced"]') as HTMLInputElement).value = "";
    form.replaceWith(copy);
  });
  await page
    .getByLabel("Image file")
    .setInputFiles({ name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("plain text") });
  await page.getByLabel("Alt text in Korean").fill("자바스크립트 없이");
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/media\/upload\?error=invalid/);
  await expect(page.locator("#media-file-error")).toHaveText(/not an image in a supported format/);
  // The original language defaults to the admin's (English here), whose alt text was left empty.
  await expect(page.locator("#media-alt-en-error")).toHaveText("Alt text in the original language is required.");
  await expect(page.getByLabel("Alt text in Korean")).toHaveValue("자바스크립트 없이");
  await page.goto("/en/admin/media/upload");
  await page.getByLabel("Original language", { exact: true }).selectOption("zh");

  // A text file named .jpg is refused; the typed text is kept, the file must be chosen again.
  await page
    .getByLabel("Image file")
    .setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not a photo at all") });
  await page.getByLabel("Alt text in Chinese").fill(altZh);
  await page.getByLabel("Credit (optional)").fill("长春经开区");
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.locator("#media-upload-error")).toContainText("Check the marked fields.");
  await expect(page.locator("#media-file-error")).toHaveText(/not an image in a supported format/);
  await expect(page.getByLabel("Image file")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Alt text in Chinese")).toHaveValue(altZh);
  await expect(page.getByLabel("Credit (optional)")).toHaveValue("长春经开区");
  await noAxeViolations(page);

  // Without the original language's alt text: a field error.
  await page.getByLabel("Alt text in Chinese").fill("");
  await page
    .getByLabel("Image file")
    .setInputFiles({ name: "skyline.jpg", mimeType: "image/jpeg", buffer: await skylineJpeg() });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page.locator("#media-alt-zh-error")).toHaveText("Alt text in the original language is required.");

  // The real upload.
  await page.getByLabel("Alt text in Chinese").fill(altZh);
  await page.getByLabel("Alt text in Korean").fill("임시 대체 텍스트");
  await page
    .getByLabel("Image file")
    .setInputFiles({ name: "skyline.jpg", mimeType: "image/jpeg", buffer: await skylineJpeg() });
  await page.getByRole("button", { name: "Upload" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/media\/[a-z0-9]+\?uploaded=1$/);
  await expect(page.getByRole("status")).toHaveText("Image uploaded.");
  const id = /\/media\/([a-z0-9]+)\?/.exec(page.url())![1]!;
  const editPage = `/en/admin/media/${id}`;
  await expect(page.getByText("1280 × 800 px")).toBeVisible();
  await expect(page.getByTestId("media-preview")).toHaveAttribute("alt", altZh);
  await expect(page.getByTestId("media-preview")).toHaveAttribute("lang", "zh-CN");
  await noAxeViolations(page);

  // The variants: WebP, cached for a year, no EXIF; unknown widths, ids and malformed addresses are 404.
  for (const w of [640, 1280]) {
    const res = await request.get(`/media/${id}/${w}.webp`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("image/webp");
    expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    const body = await res.body();
    const meta = await sharp(body).metadata();
    expect([meta.format, meta.width, meta.exif]).toEqual(["webp", w, undefined]);
    expect(body.includes("e2e-exif-marker")).toBe(false);
  }
  for (const bad of [
    `/media/${id}/999.webp`,
    `/media/${id}/1280.png`,
    `/media/${id}/abc.webp`,
    "/media/cnosuchimage0000000000/640.webp",
  ]) {
    expect((await request.get(bad)).status(), bad).toBe(404);
  }
  // An encoded slash in a segment is a malformed address: refused by the request gate before any route.
  for (const bad of ["/media/..%2F..%2Fetc/640.webp"]) {
    expect((await request.get(bad)).status(), bad).toBe(400);
  }

  // A second tab opens the page now; the first saves the Korean text; the second's save is stale.
  const other = await page.context().newPage();
  await other.goto(editPage);
  await page.goto(editPage);
  const ko = page.getByTestId("text-ko");
  await expect(page.getByTestId("source-alt-ko")).toHaveText(altZh);
  await ko.getByLabel("Alt text").fill("관리자가 쓴 대체 텍스트");
  await ko.getByRole("button", { name: "Save Korean" }).click();
  await expect(page).toHaveURL(/\?saved=ko#text-ko$/);
  await expect(page.getByRole("status")).toHaveText("Saved.");
  const otherKo = other.getByTestId("text-ko");
  await otherKo.getByLabel("Alt text").fill("다른 탭의 텍스트");
  await otherKo.getByRole("button", { name: "Save Korean" }).click();
  await expect(otherKo.getByRole("alert")).toContainText("Someone changed this image after you opened the page");
  await expect(otherKo.getByLabel("Alt text")).toHaveValue("다른 탭의 텍스트");
  await other.close();

  // The caption of the original, with markup that must stay text.
  const zh = page.getByTestId("text-zh");
  await zh.getByLabel("Caption (optional)").fill(`经开区北区 <b>全景</b><img src=x onerror="window.__xss=1">`);
  await zh.getByRole("button", { name: "Save Chinese" }).click();
  await expect(page).toHaveURL(/\?saved=zh#text-zh$/);

  // The Korean translator: only the Korean text (the original beside it), no upload, no lead image, no delete.
  const tr = await as(browser, "translator");
  await tr.page.goto("/en/admin/media/upload");
  await expect(tr.page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "Only editors and administrators may upload images.",
  );
  await tr.page.goto(`/en/admin/media/${id}`);
  await expect(tr.page.getByTestId("text-ko")).toBeVisible();
  await expect(tr.page.getByTestId("text-zh")).toHaveCount(0);
  await expect(tr.page.getByTestId("text-en")).toHaveCount(0);
  await expect(tr.page.getByRole("button", { name: "Delete image" })).toHaveCount(0);
  await expect(tr.page.getByRole("button", { name: "Use as lead image" })).toHaveCount(0);
  await expect(tr.page.getByTestId("text-ko").getByLabel("Credit")).toHaveCount(0);
  await noAxeViolations(tr.page);
  await tr.page.getByTestId("text-ko").getByLabel("Alt text").fill(altKo);
  await tr.page.getByTestId("text-ko").getByRole("button", { name: "Save Korean" }).click();
  await expect(tr.page).toHaveURL(/\?saved=ko#text-ko$/);
  await tr.page.goto("/en/admin/media");
  await expect(tr.page.getByTestId(`media-${id}`).locator("img")).toHaveAttribute("alt", altZh);
  await expect(tr.page.getByTestId(`media-${id}`)).not.toContainText("English");
  await tr.context.close();

  // Make it the lead image of the news article, chosen by its title.
  await page.goto(editPage);
  const option = page.locator(`#hero-article option[value^="${slug}@"]`);
  await expect(option).toContainText(articleTitleEn);
  await page.getByLabel("News article", { exact: true }).selectOption((await option.getAttribute("value"))!);
  await page.getByRole("button", { name: "Use as lead image" }).click();
  await expect(page).toHaveURL(/\?hero=set#hero$/);
  await expect(page.getByTestId("hero-used-by").getByRole("link", { name: articleTitleEn })).toBeVisible();
  await noAxeViolations(page);

  // The public page: the figure above the body, alt text in the page's language, caption and credit.
  const pub = await page.context().newPage();
  const hero = pub.getByTestId("news-hero").locator("img");
  await eventually(pub, `/zh/news/${slug}`, async () => {
    await expect(hero).toHaveAttribute("alt", altZh, { timeout: 500 });
  });
  await expect(hero).toHaveAttribute("src", `/media/${id}/1280.webp`);
  await expect(hero).toHaveAttribute("srcset", `/media/${id}/640.webp 640w, /media/${id}/1280.webp 1280w`);
  await expect(hero).toHaveAttribute("width", "1280");
  await expect(hero).toHaveAttribute("height", "800");
  await expect(hero).not.toHaveAttribute("lang", /.+/);
  await expect(pub.getByTestId("news-hero").locator("figcaption")).toContainText(
    `经开区北区 <b>全景</b><img src=x onerror="window.__xss=1">`,
  );
  await expect(pub.getByTestId("news-hero").locator("figcaption")).toContainText("图片来源：长春经开区");
  await expect(pub.locator('img[src="x"], figcaption b')).toHaveCount(0);
  expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const lds = await pub
    .locator('script[type="application/ld+json"]')
    .evaluateAll((all) => all.map((e) => JSON.parse(e.textContent ?? "null")));
  const ld = lds.find((x) => x?.["@type"] === "NewsArticle");
  expect(ld?.image?.url).toMatch(new RegExp(`/media/${id}/1280\\.webp$`));
  await noAxeViolations(pub);

  await pub.goto(`/ko/news/${slug}`);
  await expect(hero).toHaveAttribute("alt", altKo);
  await expect(hero).not.toHaveAttribute("lang", /.+/);
  // No Korean caption yet: the original's, marked as Chinese.
  await expect(pub.getByTestId("news-hero").locator("figcaption span[lang='zh-CN']").first()).toContainText(
    "经开区北区",
  );
  await expect(pub.getByTestId("news-hero").locator("figcaption")).toContainText("사진: 长春经开区");
  await expect(
    pub.getByTestId("news-hero").locator("figcaption span[lang='zh-CN']").filter({ hasText: "长春经开区" }),
  ).toHaveText("长春经开区");

  // No English alt text: the original's, with its lang.
  await pub.goto(`/en/news/${slug}`);
  await expect(hero).toHaveAttribute("alt", altZh);
  await expect(hero).toHaveAttribute("lang", "zh-CN");
  expect(await pub.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();

  // Restore: remove the lead image, then delete the image (the box must be ticked).
  await page.getByRole("button", { name: `Remove the lead image from ${articleTitleEn}` }).click();
  await expect(page).toHaveURL(/\?hero=removed#hero$/);
  await expect(page.getByTestId("hero-used-by")).toHaveText("Not used as a lead image yet.");
  await eventually(pub, `/zh/news/${slug}`, async () => {
    await expect(pub.getByTestId("news-hero")).toHaveCount(0, { timeout: 500 });
  });
  await pub.close();

  // Without JavaScript-side help the browser refuses an unticked required box; the server checks it too.
  await page.getByRole("button", { name: "Delete image" }).click();
  await expect(page).toHaveURL(new RegExp(`${editPage}(\\?hero=removed)?#hero$`));
  await page.getByLabel("Yes, delete this image").check();
  await page.getByRole("button", { name: "Delete image" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/media\?deleted=1$/);
  await expect(page.getByRole("status")).toHaveText("Image deleted.");
  await expect(page.getByTestId(`media-${id}`)).toHaveCount(0);
  expect((await request.get(`/media/${id}/640.webp`)).status()).toBe(404);
});

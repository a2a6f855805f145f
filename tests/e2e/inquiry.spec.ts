// The investor inquiry form in the browser: localized errors (never a 500), the confirmation with its
// reference, keyboard-only use, no JavaScript, and axe on the empty and the error state.
//
// The e2e site runs on one database and every request comes from 127.0.0.1, which may store 5 inquiries
// an hour: this file stores 2 (the ko path and the keyboard path). Keep the whole suite at 3 or fewer.
import { expect, test, type Page } from "@playwright/test";
import { noAxeViolations } from "./support/axe";

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const REFERENCE = /INQ-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}/;

/** Fails the test on any 5xx answer (the form must answer bad input with errors, not a crash). */
function watchServerErrors(page: Page) {
  const errors: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 500) errors.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  return errors;
}

/** A text field by its accessible name (the label without its aria-hidden "*"). */
const field = (page: Page, name: string) => page.getByRole("textbox", { name, exact: true });

test("ko: an empty submission shows Korean errors, then valid values get a Korean confirmation", async ({ page }) => {
  const serverErrors = watchServerErrors(page);
  await page.goto("/ko/inquiry");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("투자 문의");

  await page.getByRole("button", { name: "문의 보내기" }).click();
  const summary = page
    .getByRole("alert")
    .filter({ has: page.getByRole("heading", { name: "입력 내용에 문제가 있습니다" }) });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("link")).toHaveText([
    "이름: 필수 항목입니다.",
    "소속 기관: 필수 항목입니다.",
    "이메일: 필수 항목입니다.",
    "국가 또는 지역: 필수 항목입니다.",
    "관심 분야: 관심 분야를 하나 이상 선택하십시오.",
    "문의 내용: 필수 항목입니다.",
  ]);
  await expect(summary).toBeFocused();
  const name = field(page, "이름");
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(name).toHaveAccessibleDescription("필수 항목입니다.");
  await expect(page.getByRole("group", { name: /관심 분야/ })).toHaveAccessibleDescription(
    "관심 분야를 하나 이상 선택하십시오.",
  );

  // A summary link takes the keyboard to its field.
  await summary.getByRole("link", { name: /^이메일/ }).click();
  await expect(field(page, "이메일")).toBeFocused();

  // Values survive an error; each field says what is wrong with it.
  await name.fill(`김서연 ${run}`);
  await field(page, "이메일").fill("seoyeon-at-example");
  await field(page, "문의 내용").fill("짧아요");
  await page.getByRole("button", { name: "문의 보내기" }).click();
  await expect(field(page, "이메일")).toHaveAccessibleDescription("올바른 이메일 주소를 입력하십시오.");
  await expect(field(page, "문의 내용")).toHaveAccessibleDescription("10자 이상 입력하십시오.");
  await expect(name).toHaveValue(`김서연 ${run}`);
  await expect(name).not.toHaveAttribute("aria-invalid");
  await expect(field(page, "문의 내용")).toHaveValue("짧아요");

  await field(page, "소속 기관").fill("한빛물류");
  await field(page, "이메일").fill(`seoyeon.${run}@example.co.kr`);
  await field(page, "국가 또는 지역").fill("대한민국");
  await page.getByRole("checkbox", { name: "물류와 통관" }).check();
  await field(page, "문의 내용").fill("보세구 인근 냉장 물류창고 부지에 대해 상담을 받고 싶습니다.");
  await page.getByRole("button", { name: "문의 보내기" }).click();

  const confirmation = page.getByRole("status").filter({ hasText: "감사합니다" });
  await expect(confirmation).toBeVisible();
  await expect(confirmation).toHaveText(REFERENCE);
  await expect(confirmation).toContainText("문의가 접수되었습니다");
  expect(serverErrors).toEqual([]);
});

test("en: the form can be filled and sent with the keyboard alone", async ({ page }) => {
  const serverErrors = watchServerErrors(page);
  await page.goto("/en/inquiry");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Investor inquiry");

  // Tab from the top of the page to the first field (however many links the header holds).
  const name = field(page, "Name");
  for (let i = 0; i < 40 && !(await name.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press("Tab");
  await expect(name).toBeFocused();

  await page.keyboard.type(`Keyboard Tester ${run}`);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Keyboard Works Ltd");
  await page.keyboard.press("Tab");
  await page.keyboard.type(`keyboard.${run}@example.com`);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Germany");
  await page.keyboard.press("Tab");
  const first = page.getByRole("checkbox", { name: "Investment and setting up" });
  await expect(first).toBeFocused();
  await page.keyboard.press("Space");
  await expect(first).toBeChecked();
  for (let i = 0; i < 5; i++) await page.keyboard.press("Tab"); // the other five interests
  await page.keyboard.press("Tab");
  await expect(field(page, "Message")).toBeFocused();
  await page.keyboard.type("We would like to visit the demonstration zone in spring.");
  await page.keyboard.press("Tab");
  // The consent to publish: unticked unless the asker ticks it (left so here).
  await expect(page.getByRole("checkbox", { name: "You may publish my question and its answer" })).toBeFocused();
  await expect(page.getByRole("checkbox", { name: "You may publish my question and its answer" })).not.toBeChecked();
  await page.keyboard.press("Tab"); // the honeypot is out of the tab order
  await expect(page.getByRole("button", { name: "Send inquiry" })).toBeFocused();
  await page.keyboard.press("Enter");

  const confirmation = page.getByRole("status").filter({ hasText: "Thank you" });
  await expect(confirmation).toHaveText(REFERENCE);
  await expect(confirmation).toBeFocused();
  expect(serverErrors).toEqual([]);
});

test("zh: axe finds no violations on the empty form or in its error state", async ({ page }) => {
  const serverErrors = watchServerErrors(page);
  await page.goto("/zh/inquiry");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("投资咨询");
  await noAxeViolations(page);

  await field(page, "电子邮箱").fill("not-an-email");
  await page.getByRole("button", { name: "提交咨询" }).click();
  await expect(page.getByRole("heading", { name: "提交内容有误" })).toBeVisible();
  await expect(field(page, "电子邮箱")).toHaveAccessibleDescription("请输入有效的电子邮箱地址。");
  await noAxeViolations(page);
  expect(serverErrors).toEqual([]);
});

test("without JavaScript the form still posts and shows localized errors", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const serverErrors = watchServerErrors(page);
  await page.goto("/en/inquiry");
  await field(page, "Name").fill(`No Script ${run}`);
  await page.getByRole("button", { name: "Send inquiry" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(field(page, "Email")).toHaveAccessibleDescription("This field is required.");
  await expect(field(page, "Name")).toHaveValue(`No Script ${run}`);
  expect(serverErrors).toEqual([]);
  await context.close();
});

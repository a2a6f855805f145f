// The admin's first slice in the browser: sign-in (right and wrong password), the dashboard, the inquiry
// inbox, sign-out, the redirect of anonymous visitors, and axe on the sign-in page.
//
// Needs the site started with ADMIN_EMAIL / ADMIN_PASSWORD (scripts/test.ts sets them; defaults below
// match). better-auth allows 5 sign-in attempts per client per minute: this file makes 2.
import { expect, test } from "@playwright/test";
import { noAxeViolations } from "./support/axe";

const email = process.env.ADMIN_EMAIL ?? "admin@example.org";
const password = process.env.ADMIN_PASSWORD ?? "correct-horse-battery-staple";

test("en: an admin signs in, sees the dashboard, opens the inbox and signs out", async ({ page }) => {
  await page.goto("/en/admin/sign-in");
  await page.locator("form[data-hydrated]").waitFor();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/en\/admin$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dashboard");
  await expect(page.getByText(`(${email.toLowerCase()})`)).toBeVisible();
  await expect(page.getByTestId("admin-role")).toHaveText("Administrator");
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => /better-auth\.session_token$/.test(c.name));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  await page.getByRole("link", { name: "Inquiry inbox" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/inquiries$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Inquiry inbox");
  await expect(page.getByRole("link", { name: "Export CSV" })).toBeVisible();
  const csv = await page.request.get("/en/admin/inquiries/export.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain("reference,createdAt,status");

  await page.getByRole("link", { name: "Back to the dashboard" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  // The session is gone: the inbox sends us back to sign-in, the export refuses.
  await page.goto("/en/admin/inquiries");
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  expect((await page.request.get("/en/admin/inquiries/export.csv")).status()).toBe(401);
});

test("zh: a wrong password shows the localized error and signs nobody in", async ({ page }) => {
  await page.goto("/zh/admin/sign-in");
  await page.locator("form[data-hydrated]").waitFor();
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill("not-the-right-password");
  await page.getByRole("button", { name: "登录" }).click();
  // (Next.js' route announcer is an empty role=alert too: pick ours by id.)
  await expect(page.locator("#sign-in-error")).toHaveText("电子邮箱或密码不正确。");
  await expect(page.locator("#sign-in-error")).toHaveAttribute("role", "alert");
  await expect(page).toHaveURL(/\/zh\/admin\/sign-in$/);
});

test("anonymous visitors are sent from the admin to the sign-in page; the export refuses them", async ({
  page,
  request,
}) => {
  await page.goto("/en/admin/inquiries");
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  await page.goto("/en/admin");
  await expect(page).toHaveURL(/\/en\/admin\/sign-in$/);
  expect((await request.get("/en/admin/inquiries/export.csv")).status()).toBe(401);
});

test("the sign-in page has no axe violations and is not indexed", async ({ page }) => {
  await page.goto("/en/admin/sign-in");
  await page.locator("form[data-hydrated]").waitFor();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await noAxeViolations(page);
});

// User management and the audit log in the browser: an admin creates a Korean translator (a too-short
// password is refused first with a localized field error), sees the account in the list and its
// "user.create" entry in the audit log, deactivates it, and a fresh browser signing in as that account
// gets the localized "deactivated" message and stays on the sign-in page. An editor gets the localized
// refusal on both pages. axe on the list, the form, the account page and the audit log.
//
// Works on an account of its own (unique email); the three e2e accounts (support/auth.ts) are never
// changed. Sign-ins: one (better-auth allows 5 per client per minute for all specs together).
import { expect, test } from "@playwright/test";
import { noAxeViolations } from "./support/axe";
import { stateFile } from "./support/auth";

test.describe("as an admin", () => {
  test.use({ storageState: stateFile("admin") });

  test("creates a translator, finds it in the list and the audit log, deactivates it; it can no longer sign in", async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    const email = `e2e-users-${Date.now().toString(36)}@example.org`;
    const password = "e2e-users-password-1";

    await page.goto("/en/admin");
    await page.getByRole("link", { name: "Users" }).click();
    await expect(page).toHaveURL(/\/en\/admin\/users$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
    await noAxeViolations(page);

    await page.getByRole("link", { name: "New user" }).click();
    await expect(page).toHaveURL(/\/en\/admin\/users\/new$/);
    await page.getByLabel("Name").fill("E2E Kim");
    await page.getByLabel("Email").fill(email);
    await page.getByRole("radio", { name: /Translator/ }).check();
    await page.getByRole("checkbox", { name: "Korean" }).check();
    await page.getByLabel("Initial password").fill("too-short");
    await page.getByRole("button", { name: "Create account" }).click();
    // Refused: the typed values stay, the password field says why (and is empty again).
    await expect(page.locator("#user-password-error")).toHaveText("Use at least 12 characters.");
    await expect(page.getByLabel("Initial password")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("Email")).toHaveValue(email);
    await expect(page.getByRole("checkbox", { name: "Korean" })).toBeChecked();
    await noAxeViolations(page);
    await page.getByLabel("Initial password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();

    await expect(page).toHaveURL(/\/en\/admin\/users\?created=/);
    await expect(page.getByRole("status").filter({ hasText: "Account created" })).toContainText(email);
    const row = page.getByTestId(`user-${email}`);
    await expect(row).toContainText("E2E Kim");
    await expect(row).toContainText("Translator");
    await expect(row.locator("[data-col=languages]")).toHaveText("Korean");
    await expect(row.locator("[data-col=status]")).toHaveText("Active");

    // The audit log has the creation, by the admin, naming the new account.
    await page.goto("/en/admin/audit");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
    await page.getByLabel("Action").selectOption("user.create");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/action=user\.create/);
    const entry = page.getByTestId("audit-entry").filter({ hasText: email }).first();
    await expect(entry).toContainText("Account created");
    await expect(entry).toContainText("admin@example.org");
    await expect(entry).toContainText("role: translator");
    await expect(entry).toContainText("locales: ko");
    await noAxeViolations(page);

    // Deactivate it from its page (the confirmation box is required).
    await page.goto("/en/admin/users");
    await page.getByTestId(`user-${email}`).getByRole("link", { name: "Edit E2E Kim" }).click();
    await expect(page.getByTestId("user-email")).toHaveText(email);
    await noAxeViolations(page);
    await page.getByLabel("Yes, deactivate this account").check();
    await page.getByRole("button", { name: "Deactivate account" }).click();
    await expect(page.getByRole("status")).toContainText("The account is deactivated.");
    await expect(page.getByTestId("user-status")).toContainText("Deactivated");
    await expect(page.getByRole("button", { name: "Reactivate account" })).toBeVisible();

    // A fresh browser signing in as that account: the localized message, no session, still on sign-in.
    const context = await browser.newContext({
      storageState: { cookies: [], origins: [] },
      baseURL: test.info().project.use.baseURL,
    });
    const other = await context.newPage();
    await other.goto("/en/admin/sign-in");
    await other.locator("form[data-hydrated]").waitFor();
    await other.getByLabel("Email").fill(email);
    await other.getByLabel("Password").fill(password);
    await other.getByRole("button", { name: "Sign in" }).click();
    await expect(other.locator("#sign-in-error")).toHaveText(
      "This account has been deactivated. Ask an administrator if you need it again.",
    );
    await expect(other).toHaveURL(/\/en\/admin\/sign-in$/);
    expect((await context.cookies()).some((c) => /session_token$/.test(c.name))).toBe(false);
    await context.close();
  });
});

test.describe("as an editor", () => {
  test.use({ storageState: stateFile("editor") });

  test("gets the localized refusal on the users and audit pages", async ({ page }) => {
    await page.goto("/en/admin/users");
    await expect(page.getByRole("alert").filter({ hasText: "Only administrators can manage users." })).toBeVisible();
    await expect(page.getByTestId("user-list")).toHaveCount(0);
    await page.goto("/en/admin/users/new");
    await expect(page.getByRole("alert").filter({ hasText: "Only administrators can manage users." })).toBeVisible();
    await page.goto("/en/admin/audit");
    await expect(
      page.getByRole("alert").filter({ hasText: "Only administrators can read the audit log." }),
    ).toBeVisible();
    await expect(page.getByTestId("audit-log")).toHaveCount(0);
    // Nor does the dashboard offer them.
    await page.goto("/en/admin");
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  });
});

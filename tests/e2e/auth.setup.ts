// Runs before the e2e specs (playwright.config.ts, project "setup"): creates the editor and translator
// accounts and signs in once as each role through the real sign-in form, saving the cookies for the
// specs (tests/e2e/support/auth.ts).
import { expect, test as setup } from "@playwright/test";
import { createPrismaClient } from "../../lib/prisma-client";
import { createUserWithPassword } from "../../lib/auth/users";
import { e2eUsers, stateFile, type E2ERole } from "./support/auth";

setup.beforeAll(async () => {
  const db = createPrismaClient(process.env.DATABASE_URL);
  try {
    for (const role of ["editor", "translator"] as const) {
      const u = e2eUsers[role];
      await createUserWithPassword(db, {
        email: u.email,
        password: u.password,
        role,
        locales: u.locales,
        name: `E2E ${role}`,
      });
    }
  } finally {
    await db.$disconnect();
  }
});

for (const role of ["admin", "editor", "translator"] as const satisfies readonly E2ERole[]) {
  setup(`sign in as ${role}`, async ({ page }) => {
    const u = e2eUsers[role];
    await page.goto("/en/admin/sign-in");
    await page.locator("form[data-hydrated]").waitFor();
    await page.getByLabel("Email").fill(u.email);
    await page.getByLabel("Password").fill(u.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/admin$/, { timeout: 15_000 });
    await page.context().storageState({ path: stateFile(role) });
  });
}

// Signed-in browser states for the admin specs. better-auth allows 5 sign-in attempts per client per
// minute, and every spec runs from 127.0.0.1, so the "setup" project (auth.setup.ts) signs in once per
// role and saves the cookies; a spec then runs as that role with
//   test.use({ storageState: stateFile("editor") })
// The admin comes from ADMIN_EMAIL / ADMIN_PASSWORD (the seed); the editor and the translator (Korean
// only) are created by the setup in the e2e database (DATABASE_URL, set by scripts/test.ts).
import path from "node:path";

export type E2ERole = "admin" | "editor" | "translator";

export const e2eUsers: Record<E2ERole, { email: string; password: string; locales: ("zh" | "ko" | "en")[] }> = {
  admin: {
    email: (process.env.ADMIN_EMAIL ?? "admin@example.org").toLowerCase(),
    password: process.env.ADMIN_PASSWORD ?? "correct-horse-battery-staple",
    locales: [],
  },
  editor: { email: "e2e-editor@example.org", password: "e2e-editor-password-1", locales: [] },
  translator: { email: "e2e-translator-ko@example.org", password: "e2e-translator-password-1", locales: ["ko"] },
};

// Outside test-results/, which Playwright empties at the start of every run.
export const stateFile = (role: E2ERole) => path.join(process.cwd(), ".e2e-auth", `${role}.json`);

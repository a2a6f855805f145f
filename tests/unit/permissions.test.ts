// The admin's role matrix (lib/auth/permissions.ts): what each role may and may not do.
import { describe, expect, it } from "vitest";
import { can, permissions, toAdminUser, type AdminUser, type Permission } from "@/lib/auth/permissions";

const user = (role: AdminUser["role"], locales: AdminUser["locales"] = []): AdminUser => ({
  id: `u-${role}`,
  email: `${role}@example.org`,
  name: role,
  role,
  locales,
});

const admin = user("admin");
const editor = user("editor");
const koTranslator = user("translator", ["ko"]);
const bilingual = user("translator", ["ko", "en"]);

describe("can", () => {
  it("lets an admin do everything", () => {
    for (const p of permissions) expect(can(admin, p), p).toBe(true);
  });

  it("lets an editor edit and publish content and work the inquiry inbox, but not manage users", () => {
    const allowed: Permission[] = [
      "inquiry:read",
      "inquiry:update",
      "content:edit",
      "content:publish",
      "translation:edit:zh",
      "translation:edit:ko",
      "translation:edit:en",
    ];
    for (const p of permissions) expect(can(editor, p), p).toBe(allowed.includes(p));
  });

  it("lets a translator edit translations in their own locales only, and nothing else", () => {
    for (const p of permissions) expect(can(koTranslator, p), p).toBe(p === "translation:edit:ko");
    for (const p of permissions)
      expect(can(bilingual, p), p).toBe(p === "translation:edit:ko" || p === "translation:edit:en");
    expect(can(user("translator"), "translation:edit:zh")).toBe(false);
  });

  it("refuses anonymous callers and unknown roles", () => {
    for (const p of permissions) {
      expect(can(null, p)).toBe(false);
      expect(can(undefined, p)).toBe(false);
      expect(can({ role: "owner" as never, locales: [] }, p)).toBe(false);
    }
  });
});

describe("toAdminUser", () => {
  it("reads a session's user and drops unknown locales", () => {
    expect(toAdminUser({ id: "1", email: "a@b.c", name: "A", role: "translator", locales: ["ko", "fr"] })).toEqual({
      id: "1",
      email: "a@b.c",
      name: "A",
      role: "translator",
      locales: ["ko"],
    });
  });

  it("refuses a user without a known role", () => {
    expect(toAdminUser({ id: "1", email: "a@b.c", name: "A", role: "root", locales: [] })).toBeNull();
    expect(toAdminUser(null)).toBeNull();
  });
});

// Test factories for the integration files: admin users of each role, and the rows visitors leave
// (inquiries, error reports) with plausible defaults that a test overrides where it matters.
import crypto from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/prisma-client";
import { createUserWithPassword } from "@/lib/auth/users";
import { toAdminUser, type AdminUser } from "@/lib/auth/permissions";

/** The password of every user made here (long enough for the password rule). */
export const TEST_PASSWORD = "a-long-enough-password";

type Role = "admin" | "editor" | "translator";
type Locale = "zh" | "ko" | "en";

/** An admin account with a password, read back as the permission helpers see it. */
export async function makeUser(
  db: Db,
  email: string,
  role: Role,
  locales: Locale[] = [],
  opts: { name?: string; password?: string } = {},
): Promise<AdminUser> {
  const r = await createUserWithPassword(db, {
    email,
    password: opts.password ?? TEST_PASSWORD,
    role,
    locales,
    name: opts.name,
  });
  return toAdminUser(await db.user.findUniqueOrThrow({ where: { id: r.id } }))!;
}

/** The usual cast of the admin tests, by the names the tests give them. */
const cast = {
  admin: ["admin@example.org", "admin", []],
  admin2: ["admin2@example.org", "admin", []],
  editor: ["editor@example.org", "editor", []],
  editor2: ["editor2@example.org", "editor", []],
  zhTranslator: ["zh@example.org", "translator", ["zh"]],
  koTranslator: ["ko@example.org", "translator", ["ko"]],
  enTranslator: ["en@example.org", "translator", ["en"]],
} as const satisfies Record<string, readonly [string, Role, readonly Locale[]]>;

export type CastMember = keyof typeof cast;

/** Users of the cast, made one after the other (their creation order is stable). */
export async function makeUsers<K extends CastMember>(db: Db, names: readonly K[]): Promise<Record<K, AdminUser>> {
  const users = {} as Record<K, AdminUser>;
  for (const name of names) {
    const [email, role, locales] = cast[name];
    users[name] = await makeUser(db, email, role, [...locales]);
  }
  return users;
}

/** A reference of the site's shape ("INQ-7K2M9Q"), random unless given. */
const reference = (prefix: "INQ" | "ERR") => `${prefix}-${crypto.randomBytes(3).toString("hex").toUpperCase()}`;

/** A stored investor inquiry. */
export function makeInquiry(db: Db, over: Partial<Prisma.InquiryUncheckedCreateInput> = {}) {
  return db.inquiry.create({
    data: {
      reference: reference("INQ"),
      name: "Kim",
      organisation: "Hanbit",
      email: "kim@example.co.kr",
      country: "KR",
      interests: [],
      message: "안녕하세요",
      locale: "ko",
      clientHash: "h",
      ...over,
    },
  });
}

/** A stored error report of a reader. */
export function makeErrorReport(db: Db, over: Partial<Prisma.ErrorReportUncheckedCreateInput> = {}) {
  return db.errorReport.create({
    data: { reference: reference("ERR"), pagePath: "/zh", locale: "zh", message: "typo", clientHash: "h", ...over },
  });
}

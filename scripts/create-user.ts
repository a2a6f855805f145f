// `npm run admin:create -- --email editor@example.org --role editor [--locales ko,en] [--name "Kim"]`
// Creates an admin-area account (roles: admin, editor, translator) in DATABASE_URL's database. The
// password comes from the NEW_USER_PASSWORD environment variable or, when unset, from the first line of
// stdin (so it never appears in the shell history or the process list):
//
//   printf '%s\n' 'a-long-password' | npm run admin:create -- --email kim@example.org --role translator --locales ko
//
// An existing account with that email is left unchanged.
import { parseArgs } from "node:util";
import readline from "node:readline";
import { createPrismaClient } from "../lib/prisma-client";
import { createUserWithPassword } from "../lib/auth/users";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string", default: "translator" },
    locales: { type: "string", default: "" },
    name: { type: "string" },
  },
});

async function readPassword(): Promise<string> {
  if (process.env.NEW_USER_PASSWORD) return process.env.NEW_USER_PASSWORD;
  if (process.stdin.isTTY) process.stderr.write("Password (at least 12 characters): ");
  const rl = readline.createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

if (!values.email) {
  console.error(
    "usage: npm run admin:create -- --email <email> --role admin|editor|translator [--locales zh,ko,en] [--name <name>]",
  );
  process.exit(2);
}

const db = createPrismaClient();
try {
  const password = await readPassword();
  const result = await createUserWithPassword(db, {
    email: values.email,
    password,
    role: values.role as "admin" | "editor" | "translator",
    name: values.name,
    locales: values.locales ? (values.locales.split(",").map((l) => l.trim()) as ("zh" | "ko" | "en")[]) : [],
  });
  console.log(
    result.created
      ? `created ${values.email.toLowerCase()} (${values.role})`
      : `${values.email} already exists: unchanged`,
  );
} catch (e) {
  const issues = (e as { issues?: { path: PropertyKey[]; message: string }[] }).issues;
  console.error(issues ? issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n") : (e as Error).message);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}

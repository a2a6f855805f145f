// Setup file of every vitest project (vitest.config.ts): a test that logs console.error fails, and so does
// a file whose hooks log one. An error the code under test is expected to log is asserted in the test
// (vi.spyOn(console, "error")), which also keeps it away from here; a message that may appear in any test
// goes in `allowed`, with the reason.
import { format } from "node:util";
import { afterAll, afterEach } from "vitest";

const allowed: { pattern: RegExp; reason: string }[] = [];

let logged: string[] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  const text = format(...args);
  if (!allowed.some((a) => a.pattern.test(text))) logged.push(text);
  original(...args);
};

function failIfLogged(where: string) {
  if (logged.length === 0) return;
  const messages = logged;
  logged = [];
  throw new Error(`console.error was called ${where}:\n${messages.map((m) => `  ${m.split("\n")[0]}`).join("\n")}`);
}

afterEach(() => failIfLogged("during this test"));
afterAll(() => failIfLogged("in a hook of this file"));

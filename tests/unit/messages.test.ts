// Every locale carries the same message keys with the same ICU arguments, for the public site
// (messages/<locale>.json) and for each admin area (messages/admin/<area>.json), so no page falls back
// to a key name or loses a {placeholder} in one language.
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";
import { adminAreas, messagesFor } from "@/i18n/messages";
import { plainTranslator } from "@/i18n/plain-translator";

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Top-level ICU argument names, e.g. "{count, plural, …} of {name}" → ["count", "name"]. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (c === "{") {
      if (depth === 0) {
        const m = /^\{\s*([A-Za-z0-9_]+)/.exec(message.slice(i));
        if (m) names.add(m[1]!);
      }
      depth++;
    } else if (c === "}") depth--;
  }
  return [...names].sort();
}

describe("messages", () => {
  const all = Object.fromEntries(locales.map((l) => [l, leaves(messagesFor(l) as unknown as Tree)]));

  it("has the same keys in every locale", () => {
    const reference = [...all.en!.keys()].sort();
    for (const l of locales) expect([...all[l]!.keys()].sort(), l).toEqual(reference);
  });

  it("has the same ICU arguments in every locale", () => {
    for (const [key, en] of all.en!) {
      for (const l of locales) expect(argumentsOf(all[l]!.get(key) ?? ""), `${l}: ${key}`).toEqual(argumentsOf(en));
    }
  });

  it("has no empty message", () => {
    for (const l of locales) for (const [key, v] of all[l]!) expect(v.trim(), `${l}: ${key}`).not.toBe("");
  });

  it("merges every admin area under admin.<area>", () => {
    for (const area of Object.keys(adminAreas)) {
      for (const l of locales)
        expect((messagesFor(l).admin as Record<string, unknown>)[area], `${l}: ${area}`).toBeDefined();
    }
  });

  it("gives the forms' client leaves only plain {name} placeholders (i18n/plain-translator.ts fills them)", () => {
    // Any "{" in these strings opens a simple argument: no plural, select, or ICU quoting ('' or '{…}').
    for (const [l, tree] of Object.entries(all))
      for (const [key, v] of tree)
        if (key.startsWith("inquiry.") || key.startsWith("site.reportError."))
          expect(v.replace(/\{\w+\}/g, ""), `${l}: ${key}`).not.toMatch(/[{}]|''/);
    const t = plainTranslator(messagesFor("en").inquiry);
    expect(t("errors.tooShort", { min: 3 })).toContain("3");
    expect(t("errors.tooShort", { min: 3 })).not.toContain("{");
  });
});

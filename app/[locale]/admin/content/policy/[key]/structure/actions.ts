"use server";
// Server actions of a policy's structure page. Each reads the session before its input, then checks
// "content:edit" (begin → lib/auth/guard.ts); the data layer (lib/admin/policy-structure.ts) checks again
// with the user it is handed. Bound arguments travel through the browser, so they are validated here too.
// Move, delete and flags are plain form posts that come back to the page with a notice or an error;
// adding uses useActionState so a refused form keeps what was typed.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guard";
import { formOf, stateOf } from "@/lib/auth/action-input";
import {
  addArticle,
  addSection,
  deleteArticle,
  deleteSection,
  moveArticle,
  moveSection,
  restoreArticle,
  setArticleFlags,
  type StructureResult,
} from "@/lib/admin/policy-structure";
import type { StructureAddError, StructureAddState } from "@/components/admin/structure-add-form";
import { adminPath } from "@/lib/routes";
import { slugParamSchema } from "@/lib/validation/common";

const anchorSchema = z.string().regex(/^(section|article)-[0-9]{1,4}$/);

const structurePath = (locale: string, slug: string) => adminPath(locale, "content", "policy", slug, "structure");
const str = (form: FormData, k: string) => {
  const v = form.get(k);
  return typeof v === "string" ? v : "";
};

/** Checks the bound arguments and the session; anonymous → sign-in, forbidden → back with the error. */
async function begin(locale: unknown, policy: unknown) {
  const { l, user, allowed } = await requireAdmin(locale, "content:edit");
  const p = slugParamSchema.safeParse(policy);
  if (!p.success) redirect(adminPath(l, "content", "policy"));
  const page = structurePath(l, p.data);
  if (!allowed) redirect(`${page}?error=forbidden`);
  return { l, slug: p.data, page, user: user };
}

type ActionResult = StructureResult | { ok: false; error: "failed" };

/** Back to the page: a notice on success (scrolled to the item), the error otherwise. */
function finish(page: string, op: string, result: ActionResult, onError?: string): never {
  if (result.ok) redirect(`${page}?done=${op}#${result.anchor}`);
  redirect(`${onError ?? page}${(onError ?? page).includes("?") ? "&" : "?"}error=${result.error}`);
}

async function run(fn: () => Promise<StructureResult>): Promise<ActionResult> {
  try {
    return await fn();
  } catch (e) {
    console.error("policy structure change failed", e);
    return { ok: false, error: "failed" };
  }
}

/** Move up / Move down of a section or an article (a plain form: anchor, direction, expectedVersion). */
export async function moveAction(locale: unknown, policy: unknown, form: FormData): Promise<void> {
  const { slug, page, user } = await begin(locale, policy);
  form = formOf(form);
  const anchor = anchorSchema.safeParse(form.get("anchor"));
  if (!anchor.success) redirect(`${page}?error=notFound`);
  const input = {
    policy: slug,
    expectedVersion: form.get("expectedVersion"),
    anchor: anchor.data,
    direction: form.get("direction"),
  };
  const isSection = anchor.data.startsWith("section-");
  const result = await run(() => (isSection ? moveSection(user, input) : moveArticle(user, input)));
  finish(page, isSection ? "moveSection" : "moveArticle", result);
}

/** Delete after the confirmation step (the box must be ticked; else back to the confirmation). */
export async function deleteAction(locale: unknown, policy: unknown, form: FormData): Promise<void> {
  const { slug, page, user } = await begin(locale, policy);
  form = formOf(form);
  const anchor = anchorSchema.safeParse(form.get("anchor"));
  if (!anchor.success) redirect(`${page}?error=notFound`);
  const input = {
    policy: slug,
    expectedVersion: form.get("expectedVersion"),
    anchor: anchor.data,
    confirm: form.get("confirm") ?? undefined,
  };
  const isSection = anchor.data.startsWith("section-");
  const result = await run(() => (isSection ? deleteSection(user, input) : deleteArticle(user, input)));
  if (result.ok) redirect(`${page}?done=${isSection ? "deleteSection" : "deleteArticle"}`);
  // The confirmation stays open with its error.
  redirect(`${page}?confirm=${anchor.data}&error=${result.error}#confirm`);
}

/** Undo the deletion of an article (a plain form: the deletion's audit entry and expectedVersion). */
export async function restoreAction(locale: unknown, policy: unknown, form: FormData): Promise<void> {
  const { slug, page, user } = await begin(locale, policy);
  form = formOf(form);
  const result = await run(() =>
    restoreArticle(user, {
      policy: slug,
      expectedVersion: form.get("expectedVersion"),
      deletion: form.get("deletion"),
    }),
  );
  finish(page, "restoreArticle", result);
}

/** An article's flags (a plain form on the flags page): back to the structure page at the article. */
export async function flagsAction(locale: unknown, policy: unknown, article: unknown, form: FormData): Promise<void> {
  const { l, slug, page, user } = await begin(locale, policy);
  form = formOf(form);
  const anchor = anchorSchema.safeParse(article);
  if (!anchor.success) redirect(`${page}?error=notFound`);
  const result = await run(() =>
    setArticleFlags(user, {
      policy: slug,
      expectedVersion: form.get("expectedVersion"),
      anchor: anchor.data,
      grants: form.get("grants") ?? "",
      topics: form.getAll("topics"),
      industries: form.getAll("industries"),
      zoneSlugs: form.getAll("zoneSlugs"),
    }),
  );
  finish(page, "articleFlags", result, `${structurePath(l, slug)}/${anchor.data}`);
}

/** Add a section or an article (for useActionState; `kind` is bound): on success to the page at the new item. */
export async function addAction(
  locale: unknown,
  policy: unknown,
  kind: unknown,
  prev: StructureAddState,
  form: FormData,
): Promise<StructureAddState> {
  const { slug, page, user } = await begin(locale, policy);
  form = formOf(form);
  prev = stateOf(prev, { seq: 0, values: {} } as unknown as typeof prev);
  const k = z.enum(["section", "article"]).safeParse(kind);
  const names = k.success && k.data === "section" ? ["number", "heading"] : ["section", "number", "heading", "body"];
  const typed = Object.fromEntries(names.map((n) => [n, str(form, n)]));
  const fail = (error: StructureAddError, fieldErrors = {}): StructureAddState => ({
    seq: prev.seq + 1,
    version: prev.version,
    values: typed,
    error,
    fieldErrors,
  });
  if (!k.success) return fail("notFound");
  const input = { policy: slug, expectedVersion: form.get("expectedVersion"), ...typed };
  let result: StructureResult;
  try {
    result = k.data === "section" ? await addSection(user, input) : await addArticle(user, input);
  } catch (e) {
    console.error("policy structure change failed", e);
    return fail("failed");
  }
  if (!result.ok)
    return result.error === "invalid"
      ? fail("invalid", result.fieldErrors)
      : fail(
          result.error === "forbidden" || result.error === "stale" || result.error === "notFound"
            ? result.error
            : "failed",
        );
  redirect(`${page}?done=${k.data === "section" ? "addSection" : "addArticle"}#${result.anchor}`);
}

// How an admin server action reads its input, after `requireAdmin` (lib/auth/guard.ts) has checked the
// session. An action's arguments all come from the request (bound arguments travel through the browser,
// the previous state of useActionState is sent back by it, and the body may be anything), so it reads
// them only through these helpers: a body that is not a form reads as an empty form, and a previous state of the
// wrong shape as the form's initial state. Invalid input then fails validation with a localized message
// instead of a TypeError (a 500).
import "server-only";

/** The request body as a form; anything else (JSON, text, nothing) as an empty one. */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/**
 * A previous form state sent back by the browser, or `initial` when it lacks any of initial's fields or
 * has one of another type (shallow: the states are flat objects of strings, numbers and arrays).
 */
export function stateOf<T extends object>(prev: unknown, initial: T): T {
  if (!prev || typeof prev !== "object" || Array.isArray(prev)) return initial;
  for (const [k, v] of Object.entries(initial)) {
    const got = (prev as Record<string, unknown>)[k];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v) ? !Array.isArray(got) : typeof got !== typeof v) return initial;
    if (typeof v === "object" && !Array.isArray(v) && (got === null || Array.isArray(got))) return initial;
  }
  return prev as T;
}

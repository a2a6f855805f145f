"use server";
// The subscribe, confirm and preferences forms' server actions. Plain forms: they work without JavaScript
// (the browser posts, the action redirects). Bound arguments travel through the browser, so the locale is
// checked here and tokens are verified by the data layer (lib/data/subscriptions.ts); bad input redirects
// back with an error code, never a 500.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defaultLocale, locales } from "@/i18n/routing";
import { clientKey as clientKeyOf } from "@/lib/http/client-address";
import { confirmFollow, removeFollow, subscribe, unsubscribe, updatePreferences } from "@/lib/data/subscriptions";
import { targetFromFields } from "@/lib/follow/targets";
import { signToken } from "@/lib/follow/tokens";

const localeOf = (v: unknown) => z.enum(locales).catch(defaultLocale).parse(v);
const field = (form: FormData, name: string) => {
  const v = form instanceof FormData ? form.get(name) : null;
  return typeof v === "string" && v.length <= 300 ? v : undefined;
};

/** The target the form names: the "follow" radio and the selects that go with it. */
function targetOf(form: FormData) {
  const follow = field(form, "follow");
  const get = (n: string) => field(form, n) || undefined;
  if (follow === "zone") return targetFromFields((n) => (n === "slug" ? get("zone") : get(n)));
  if (follow === "policy") return targetFromFields((n) => (n === "slug" ? get("policy") : get(n)));
  return targetFromFields(get);
}

export async function subscribeAction(locale: unknown, form: FormData): Promise<void> {
  const l = localeOf(locale);
  const target = targetOf(form);
  if (!target) redirect(`/${l}/subscribe/problem/invalid`);
  let result: Awaited<ReturnType<typeof subscribe>>;
  try {
    result = await subscribe(
      { email: field(form, "email"), locale: field(form, "language"), frequency: field(form, "frequency"), target },
      { clientKey: clientKeyOf(await headers()), honeypot: field(form, "website") },
    );
  } catch (e) {
    console.error("subscribe: could not store a subscription", e);
    result = { ok: false, error: "invalid", fields: [] };
  }
  if (!result.ok) redirect(`/${l}/subscribe/problem/${result.error === "rateLimited" ? "rate-limited" : "invalid"}`);
  redirect(`/${l}/subscribe/sent`);
}

export async function confirmAction(locale: unknown, token: unknown): Promise<void> {
  const l = localeOf(locale);
  const done = await confirmFollow(token);
  if (!done) redirect(`/${l}/subscribe/confirm?token=invalid`);
  redirect(`/${l}/subscribe/preferences?token=${signToken("manage", done.subscriberId)}&notice=confirmed`);
}

export async function savePreferencesAction(locale: unknown, token: unknown, form: FormData): Promise<void> {
  const l = localeOf(locale);
  const ok = await updatePreferences(token, { locale: field(form, "language"), frequency: field(form, "frequency") });
  redirect(`/${l}/subscribe/preferences?token=${encodeURIComponent(String(token))}&notice=${ok ? "saved" : "invalid"}`);
}

export async function removeFollowAction(locale: unknown, token: unknown, form: FormData): Promise<void> {
  const l = localeOf(locale);
  const outcome = await removeFollow(token, field(form, "follow"));
  if (outcome === "deleted") redirect(`/${l}/subscribe/unsubscribed`);
  redirect(
    `/${l}/subscribe/preferences?token=${encodeURIComponent(String(token))}&notice=${outcome ? "removed" : "invalid"}`,
  );
}

export async function unsubscribeAction(locale: unknown, token: unknown): Promise<void> {
  const l = localeOf(locale);
  await unsubscribe(token);
  redirect(`/${l}/subscribe/unsubscribed`);
}

// Arguments of the cached public data functions (lib/data/*.ts, 'use cache'). Such a function can be
// reached as a server action with whatever arguments a request carries, so each one checks its own with
// these schemas before it touches a cache tag or the database: a locale that is not one of ours reads as
// the default, a slug that no item can have finds nothing, filters drop what they do not know (no object
// ever reaches Prisma as an operator), and numbers are clamped.
import { z } from "zod";
import type { Locale } from "@/i18n/routing";
import { incentiveFilterSchema, newsFilterSchema, policyFilterSchema, questionFilterSchema } from "./filters";
import { requestLocaleSchema } from "@/lib/validation/common";

const slugArg = z.string().regex(/^[a-z0-9-]{1,120}$/);

/** One of our locales; anything else reads as the default locale. */
export const argLocale = (value: unknown): Locale => requestLocaleSchema.parse(value);

/** A slug an item can have, or undefined. */
export const argSlug = (value: unknown): string | undefined => slugArg.safeParse(value).data;

const objectOrEmpty = (value: unknown) => (value && typeof value === "object" && !Array.isArray(value) ? value : {});
export const argNewsFilter = (value: unknown) => newsFilterSchema.parse(objectOrEmpty(value));
export const argPolicyFilter = (value: unknown) => policyFilterSchema.parse(objectOrEmpty(value));
export const argIncentiveFilter = (value: unknown) => incentiveFilterSchema.parse(objectOrEmpty(value));
export const argQuestionFilter = (value: unknown) => questionFilterSchema.parse(objectOrEmpty(value));

/** A whole number within [min, max]; anything else is `fallback`. */
export const argInt = (value: unknown, min: number, max: number, fallback: number): number =>
  z.number().int().min(min).max(max).catch(fallback).parse(value);

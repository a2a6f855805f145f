// The schemas every boundary shares: a locale, a slug, an item key, a record id. Declared once, so a
// slug accepted by an admin form is the slug a public page, a follow link or a search filter accepts.
import { z } from "zod";
import { defaultLocale, locales } from "../../i18n/routing";

/** One of the site's locales. */
export const localeSchema = z.enum(locales);

/** A locale from the request (a route param, an action's bound argument): anything else reads as the default. */
export const requestLocaleSchema = localeSchema.catch(defaultLocale);

/** A stable slug as stored: lower-case letters, digits and single hyphens (content/schema.ts, the admin's forms). */
export const slugSchema = z
  .string()
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "lower-case slug with hyphens");

/**
 * A slug as read from a request: the same alphabet, looser in form (a stray double hyphen just finds
 * nothing) and bounded; use it to look things up, `slugSchema` to store them.
 */
export const slugParamSchema = z.string().regex(/^[a-z0-9-]{1,200}$/);

/** A database id (cuid). */
export const idSchema = z.string().regex(/^[a-z0-9]{8,40}$/);

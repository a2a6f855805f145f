// The one place messages are assembled. messages/<locale>.json holds the public site and the admin's
// shared strings; each admin area keeps its strings in messages/admin/<area>.json with the three
// locales side by side ({ "zh": {…}, "ko": {…}, "en": {…} }), merged here under admin.<area>.
// tests/unit/messages.test.ts checks that every locale has the same keys and ICU arguments.
import zh from "../messages/zh.json";
import ko from "../messages/ko.json";
import en from "../messages/en.json";
import content from "../messages/admin/content.json";
import media from "../messages/admin/media.json";
import history from "../messages/admin/history.json";
import audit from "../messages/admin/audit.json";
import translations from "../messages/admin/translations.json";
import users from "../messages/admin/users.json";
import schedule from "../messages/admin/schedule.json";
import structure from "../messages/admin/structure.json";
import type { Locale } from "./routing";

export const adminAreas = { content, media, history, audit, translations, users, schedule, structure };
type Areas = typeof adminAreas;

export type Messages = Omit<typeof en, "admin"> & {
  admin: (typeof en)["admin"] & { [K in keyof Areas]: Areas[K]["en"] };
};

const base: Record<Locale, typeof en> = { zh, ko, en } as Record<Locale, typeof en>;

export function messagesFor(locale: Locale): Messages {
  const b = base[locale];
  const admin = { ...b.admin } as Messages["admin"];
  for (const [area, file] of Object.entries(adminAreas) as [keyof Areas, Areas[keyof Areas]][]) {
    (admin as Record<string, unknown>)[area] = file[locale];
  }
  return { ...b, admin };
}

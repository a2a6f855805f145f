// next-intl's server functions only run inside Next.js: unit tests mock them with this, which reads the
// real message files —  vi.mock("next-intl/server", () => import("../support/next-intl-server")).
import zh from "@/messages/zh.json";
import ko from "@/messages/ko.json";
import en from "@/messages/en.json";

const all = { zh, ko, en } as Record<string, unknown>;

export async function getTranslations({ locale, namespace }: { locale: string; namespace?: string }) {
  let scope = all[locale] as Record<string, unknown>;
  for (const part of namespace?.split(".") ?? []) scope = scope[part] as Record<string, unknown>;
  return (key: string) => key.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], scope);
}

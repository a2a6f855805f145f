// A translator for client leaves that get their strings as a prop (the inquiry and error-report forms):
// dotted keys, and `{name}` placeholders filled from `values` — the only ICU these strings use
// (tests/unit/messages.test.ts checks it). next-intl's createTranslator would bring its ICU message
// formatter into the page's JavaScript for that.
type Messages = { [key: string]: string | Messages };

/** "a" | "b.c" | …: the keys of `M` that lead to a string. */
export type LeafKey<M> = {
  [K in keyof M & string]: M[K] extends string ? K : `${K}.${LeafKey<M[K]>}`;
}[keyof M & string];

export function plainTranslator<M extends Messages>(messages: M) {
  return function t(key: LeafKey<M>, values: Record<string, string | number> = {}): string {
    let node: string | Messages | undefined = messages;
    for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") return key;
    return node.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

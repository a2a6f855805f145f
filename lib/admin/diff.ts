// Word-level differences between two versions of a text, for the revision history and the translation
// dashboard (rendered by components/admin/text-diff.tsx). Pure: no server-only imports, unit tested in
// tests/unit/diff.test.ts.
//
// Chinese, Japanese and Korean text is cut into words by Intl.Segmenter (granularity "word": a
// dictionary for Chinese, spaces and particles for Korean) and the token arrays are compared with
// `diffArrays`; other text goes through `diffWordsWithSpace`. Either way the parts, joined, give back the
// old text (same + removed) and the new text (same + added) exactly, whitespace and line breaks included.
import { diffArrays, diffWordsWithSpace } from "diff";
import type { FieldDef, FieldValues } from "@/lib/content-model/types";

export type DiffKind = "same" | "added" | "removed";
export interface DiffPart {
  kind: DiffKind;
  text: string;
}

/** Han, Hiragana, Katakana or Hangul anywhere in the text. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HANGUL = /\p{Script=Hangul}/u;

export const hasCjk = (text: string) => CJK.test(text);

/**
 * The segmenter's language: the text's own locale when it is a CJK one, else guessed from the script
 * (Hangul → Korean, otherwise Chinese, whose dictionary also covers Japanese kanji).
 */
function segmenterLocale(text: string, locale?: string): string {
  if (locale === "zh" || locale === "ko" || locale === "ja") return locale;
  return HANGUL.test(text) ? "ko" : "zh";
}

/** Cuts text into word, space and punctuation tokens; the tokens joined give back the text. */
export function tokenize(text: string, locale?: string): string[] {
  if (!text) return [];
  const segmenter = new Intl.Segmenter(segmenterLocale(text, locale), { granularity: "word" });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Beyond this many edited tokens, or this many milliseconds, the comparison gives up on detail (see `diffText`). */
const LIMITS = { maxEditLength: 2000, timeout: 500 };

/** Adjacent parts of the same kind merged; empty parts dropped. */
function merge(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const p of parts) {
    if (!p.text) continue;
    const last = out[out.length - 1];
    if (last && last.kind === p.kind) last.text += p.text;
    else out.push({ ...p });
  }
  return out;
}

const kindOf = (c: { added: boolean; removed: boolean }): DiffKind =>
  c.added ? "added" : c.removed ? "removed" : "same";

/**
 * The difference between two texts as same / removed / added parts, in reading order (where a run of
 * text is replaced, the removed part comes before the added one). `locale` is the language of the text
 * (it chooses the segmenter for CJK text; text in any language that contains CJK characters is
 * segmented too). When the texts differ too much to compare in reasonable time, the whole old text is
 * shown as removed and the whole new text as added.
 */
export function diffText(before: string, after: string, locale?: string): DiffPart[] {
  if (before === after) return merge([{ kind: "same", text: before }]);
  let parts: DiffPart[] | undefined;
  if (hasCjk(before) || hasCjk(after)) {
    const lang = locale === "zh" || locale === "ko" || locale === "ja" ? locale : segmenterLocale(before + after);
    const changes = diffArrays(tokenize(before, lang), tokenize(after, lang), LIMITS);
    parts = changes?.map((c) => ({ kind: kindOf(c), text: c.value.join("") }));
  } else {
    const changes = diffWordsWithSpace(before, after, LIMITS);
    parts = changes?.map((c) => ({ kind: kindOf(c), text: c.value }));
  }
  return merge(
    parts ?? [
      { kind: "removed", text: before },
      { kind: "added", text: after },
    ],
  );
}

/** A field's value as compared text: a list is one entry per line, as the editor shows it. */
export const fieldText = (v: string | string[] | undefined): string => (Array.isArray(v) ? v.join("\n") : (v ?? ""));

export interface FieldDiff {
  name: string;
  changed: boolean;
  parts: DiffPart[];
}

/** Per field of a content type (in the registry's order): whether it changed, and how. */
export function diffFields(
  fields: readonly Pick<FieldDef, "name">[],
  before: FieldValues,
  after: FieldValues,
  locale?: string,
): FieldDiff[] {
  return fields.map(({ name }) => {
    const a = fieldText(before[name]);
    const b = fieldText(after[name]);
    return { name, changed: a !== b, parts: diffText(a, b, locale) };
  });
}

/** The text on one side of a diff: "before" = same + removed, "after" = same + added. */
export function sideOf(parts: DiffPart[], side: "before" | "after"): string {
  const skip: DiffKind = side === "before" ? "added" : "removed";
  return parts
    .filter((p) => p.kind !== skip)
    .map((p) => p.text)
    .join("");
}

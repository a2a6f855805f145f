// The language of content/ and messages/: one glossary rendering per term and none of the rejected ones,
// the 합니다/됩니다 register in the portal's own Korean prose, one way of asking politely in Korean UI
// strings, South Korean standard place names, traditional Hanja in glosses, the glossary's "CNY …" form
// for English money, and no other language's words left in a UI string. Each check is first shown to
// catch a planted violation, then run over everything. Exceptions (verbatim quotations of a source) are
// listed in content/lint-exceptions.json with their reason.
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { locales, type ContentLocale } from "@/lib/content/schema";
import { contentTexts, withoutExceptions, type ContentText } from "@/lib/content/texts";
import {
  glossaryViolations,
  hanCharacters,
  hangul,
  informalRequests,
  latinWords,
  nonFormalSentences,
  nonGlossaryMoney,
  nonStandardPlaceNames,
  rejectedRenderings,
  simplifiedHanja,
} from "@/lib/content/lint";
import { messagesFor } from "@/i18n/messages";

const content = loadContent();
const texts = contentTexts(content);
const rejected = rejectedRenderings(content.glossary);
const exceptions = content.lintExceptions;

type Tree = { [k: string]: string | Tree };
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`),
  );
}
const messages = Object.fromEntries(locales.map((l) => [l, leaves(messagesFor(l) as unknown as Tree)])) as Record<
  ContentLocale,
  [string, string][]
>;
// Strings that show an example of what to type, in the form it is typed (a code, an address, the
// Chinese document number as printed): the example is the point, so it is not a leftover.
const examples: Record<string, string> = {
  "nav.languageNames.zh": "each language is named in itself in the language switcher",
  "nav.languageNames.ko": "each language is named in itself in the language switcher",
  "nav.languageNames.en": "each language is named in itself in the language switcher",
  "admin.structure.hints.documentNumber": "a Chinese document number as printed",
  "admin.structure.structure.lead": "the anchors section-N and article-N as they appear in addresses",
  "admin.audit.filters.targetHint": "the audit log's target syntax (news:…, user:…)",
  "admin.users.fieldErrors.emailInvalid": "an example address",
};
const selfNamed = (key: string) => key in examples;
/** Text marked as another language with <zh>…</zh> (rendered with its own lang) is not a leftover. */
const unmarked = (v: string) => v.replace(/<(zh|ko|en)>[^<]*<\/\1>/g, " ");
/** Message texts as ContentText (examples left out, marked passages blanked), so one loop checks content and UI strings alike. */
const messageTexts: ContentText[] = locales.flatMap((l) =>
  messages[l]
    .filter(([key]) => !selfNamed(key))
    .map(([key, text]) => ({
      item: `messages:${key}`,
      locale: l,
      field: key,
      text: unmarked(text),
      own: true,
      original: false,
    })),
);

const where = (t: ContentText) => `${t.item} ${t.locale} ${t.field}`;

describe("the glossary", () => {
  it("gives every term one rendering per language: no two entries share a rendering", () => {
    for (const l of locales) {
      const seen = new Map<string, string>();
      for (const g of content.glossary) {
        const term = g.translations[l].term;
        expect(seen.get(term), `${l} "${term}" in ${g.slug} and ${seen.get(term)}`).toBeUndefined();
        seen.set(term, g.slug);
      }
    }
  });

  it("never rejects a rendering it uses itself", () => {
    for (const r of rejected) {
      const clash = content.glossary.find((g) => g.translations[r.locale].term.includes(r.rejected));
      expect(
        clash?.slug,
        `${r.locale} "${r.rejected}" (rejected by ${r.slug}) is the rendering of ${clash?.slug}`,
      ).toBeUndefined();
    }
  });

  it("lists the review's rejected renderings (calques and second renderings)", () => {
    const ko = rejected.filter((r) => r.locale === "ko").map((r) => r.rejected);
    const en = rejected.filter((r) => r.locale === "en").map((r) => r.rejected);
    for (const r of [
      "임공",
      "전략 정위",
      "관리사 사장",
      "편리화",
      "옌볜·룽징·투먼",
      "약간의 의견",
      "주전장",
      "세원경제",
      "프로젝트 패키징",
    ])
      expect(ko).toContain(r);
    for (const r of ["Safeguard measures", "million yuan", "first-class port"]) expect(en).toContain(r);
  });

  it("catches a planted rejected rendering", () => {
    expect(
      glossaryViolations("창춘 룽자 국제공항 기반의 임공산업 집적구", "ko", rejected).map((v) => v.preferred),
    ).toContain("공항 연계 산업 (공항 연계 제조)");
    expect(glossaryViolations("Section 10: Safeguard measures", "en", rejected)).toHaveLength(1);
    expect(glossaryViolations("옌볜·룽징·투먼 전진기지", "ko", rejected)).not.toEqual([]);
  });

  it("no ko or en text of content/ or messages/ uses a rejected rendering", () => {
    const found = [...texts, ...messageTexts]
      .filter((t) => t.locale !== "zh")
      .flatMap((t) =>
        glossaryViolations(withoutExceptions(t, "glossary", exceptions), t.locale, rejected).map(
          (v) => `${where(t)}: "${v.rejected}" → "${v.preferred}"`,
        ),
      );
    expect(found).toEqual([]);
  });
});

describe("Korean register: 합니다/됩니다 in the portal's own prose", () => {
  it("catches plain -다 and noun endings", () => {
    expect(nonFormalSentences("시범구를 조성한다.")).toHaveLength(1);
    expect(nonFormalSentences("- 성 실물경제의 주 무대이자 대외개방의 핵심 거점.")).toHaveLength(1);
    expect(nonFormalSentences("임무를 맡음.")).toHaveLength(1);
    expect(
      nonFormalSentences("1. **새로운 엔진.** 시범 역할을 합니다(제25항).\n- **훈춘 창구**: 창구 기능을 높입니다."),
    ).toEqual([]);
  });

  it("zone profiles, layout, glossary definitions and figure notes are formal", () => {
    const checked = new Set([
      "summary",
      "positioning",
      "goals2025",
      "goals2035",
      "body",
      "description",
      "definition",
      "note",
    ]);
    const found = texts
      .filter((t) => t.locale === "ko" && t.own && checked.has(t.field))
      .flatMap((t) => nonFormalSentences(withoutExceptions(t, "register", exceptions)).map((s) => `${where(t)}: ${s}`));
    expect(found).toEqual([]);
  });

  it("Korean UI strings never end a sentence in plain -다", () => {
    const plain = (s: string) => /[가-힣]*[^니]다[.!]?$/.test(s.trim());
    expect(plain("접수되었다.")).toBe(true);
    const found = messages.ko.filter(([, v]) => v.split(/(?<=[.!?])\s+/).some(plain)).map(([k, v]) => `${k}: ${v}`);
    expect(found).toEqual([]);
  });

  it("Korean UI strings ask politely in one way (하십시오, never 하세요)", () => {
    expect(informalRequests("다시 시도하세요.")).toEqual(["시도하세요"]);
    expect(informalRequests("다시 시도하십시오.")).toEqual([]);
    const found = messages.ko.flatMap(([k, v]) => informalRequests(v).map((w) => `${k}: ${w}`));
    expect(found).toEqual([]);
  });
});

describe("Korean place names and Hanja", () => {
  it("catches Sino-Korean readings of place names", () => {
    expect(nonStandardPlaceNames("장춘과 길림").map((x) => x.use)).toEqual(["창춘", "지린"]);
  });

  it("every Korean text uses the South Korean standard names (창춘, 지린, 옌지, 훈춘)", () => {
    const found = [...texts, ...messageTexts]
      .filter((t) => t.locale === "ko")
      .flatMap((t) =>
        nonStandardPlaceNames(withoutExceptions(t, "place-names", exceptions)).map(
          (x) => `${where(t)}: ${x.found} → ${x.use}`,
        ),
      );
    expect(found).toEqual([]);
  });

  it("catches a simplified Hanja gloss", () => {
    expect(simplifiedHanja("가오위룽(高玉龙)")).toEqual(["龙"]);
    expect(simplifiedHanja("가오위룽(高玉龍)")).toEqual([]);
  });

  it("Hanja in Korean text are traditional characters", () => {
    const found = [...texts, ...messageTexts]
      .filter((t) => t.locale === "ko")
      .flatMap((t) => {
        const bad = simplifiedHanja(withoutExceptions(t, "hanja", exceptions));
        return bad.length ? [`${where(t)}: ${bad.join("")}`] : [];
      });
    expect(found).toEqual([]);
  });
});

describe("English money in the glossary's form", () => {
  it("catches yuan amounts", () => {
    expect(nonGlossaryMoney("projects worth more than 100 million yuan")).toEqual(["100 million yuan"]);
    expect(nonGlossaryMoney("worth more than CNY 100 million")).toEqual([]);
  });

  it("every English text writes renminbi amounts as CNY …", () => {
    const found = [...texts, ...messageTexts]
      .filter((t) => t.locale === "en")
      .flatMap((t) => nonGlossaryMoney(withoutExceptions(t, "money", exceptions)).map((m) => `${where(t)}: ${m}`));
    expect(found).toEqual([]);
  });
});

describe("UI strings carry no other language's words", () => {
  // Abbreviations, units and names that are the same in every language.
  const allowed = [
    "CSV",
    "PDF",
    "RSS",
    "Atom",
    "TEU",
    "JavaScript",
    "HTML",
    "Markdown",
    "URL",
    "SMTP",
    "JSON",
    "WebP",
    "JPEG",
    "PNG",
    "AVIF",
    "GIF",
    "MB",
    "KB",
    "km",
    "http",
    "https",
    "ETDZ",
    "ROK",
    "CNY",
  ];

  it("catches a planted leftover", () => {
    expect(hangul("保存 저장")).toEqual(["저장"]);
    expect(hanCharacters("저장 保存")).toEqual(["保存"]);
    expect(latinWords("保存 draft {count, plural, other {#}}", allowed)).toEqual(["draft"]);
  });

  it("zh UI strings: no Hangul, no English words", () => {
    const found = messages.zh
      .filter(([k]) => !selfNamed(k))
      .flatMap(([k, v]) => [...hangul(unmarked(v)), ...latinWords(unmarked(v), allowed)].map((w) => `${k}: ${w}`));
    expect(found).toEqual([]);
  });

  it("ko UI strings: no Chinese characters, no English words", () => {
    const found = messages.ko
      .filter(([k]) => !selfNamed(k))
      .flatMap(([k, v]) =>
        [...hanCharacters(unmarked(v)), ...latinWords(unmarked(v), allowed)].map((w) => `${k}: ${w}`),
      );
    expect(found).toEqual([]);
  });

  it("en UI strings: no Chinese characters, no Hangul", () => {
    const found = messages.en
      .filter(([k]) => !selfNamed(k))
      .flatMap(([k, v]) => [...hanCharacters(unmarked(v)), ...hangul(unmarked(v))].map((w) => `${k}: ${w}`));
    expect(found).toEqual([]);
  });
});

describe("content/lint-exceptions.json", () => {
  it("names only passages that exist, in a text quoting its source", () => {
    for (const e of exceptions) {
      const t = texts.filter((x) => x.item === e.item && x.locale === e.locale);
      expect(
        t.some((x) => x.text.includes(e.text)),
        `${e.item} ${e.locale}: "${e.text}" not found`,
      ).toBe(true);
    }
  });
});

describe("content/glossary.md", () => {
  it("lists every rendering of content/glossary.json (the translators' table stays in step)", async () => {
    const fs = await import("node:fs");
    const md = fs.readFileSync(new URL("../../content/glossary.md", import.meta.url), "utf8");
    for (const g of content.glossary)
      for (const l of locales) expect(md, `${g.slug} ${l}`).toContain(g.translations[l].term.replace(/\|/g, "\\|"));
  });
});

// Language checks for the portal's text (content/ and messages/), shared by the tests
// (tests/unit/language-*.test.ts) and the admin editor's warnings: no import here touches the database,
// the file system or Next.js, so a client component may use the glossary check too.
//
// Each check returns the offending snippets (empty when clean). Where a text quotes a source verbatim
// (e.g. the English original of a news article), the exception is written down in
// content/lint-exceptions.json, never silently skipped.

export type LintLocale = "zh" | "ko" | "en";

export interface RejectedRendering {
  /** Glossary slug the rendering belongs to. */
  slug: string;
  locale: LintLocale;
  /** The rendering the glossary rejects. */
  rejected: string;
  /** The glossary's rendering in that locale. */
  preferred: string;
}

export interface GlossaryEntryLike {
  slug: string;
  translations: Record<LintLocale, { term: string }>;
  rejected?: Partial<Record<LintLocale, string[]>>;
}

/** Every rejected rendering the glossary lists, with the rendering to use instead. */
export function rejectedRenderings(glossary: readonly GlossaryEntryLike[]): RejectedRendering[] {
  return glossary.flatMap((g) =>
    (Object.entries(g.rejected ?? {}) as [LintLocale, string[]][]).flatMap(([locale, list]) =>
      list.map((rejected) => ({ slug: g.slug, locale, rejected, preferred: g.translations[locale].term })),
    ),
  );
}

/** The glossary's rejected renderings that `text` (in `locale`) uses. English matches ignore case. */
export function glossaryViolations(
  text: string,
  locale: LintLocale,
  rejected: readonly RejectedRendering[],
): RejectedRendering[] {
  const hay = locale === "en" ? text.toLowerCase() : text;
  return rejected.filter(
    (r) => r.locale === locale && hay.includes(locale === "en" ? r.rejected.toLowerCase() : r.rejected),
  );
}

// ---------------------------------------------------------------- Korean register

/** Markdown syntax that is not prose: list markers, bold headings of a bullet, links' targets. */
function stripMarkdown(text: string): string {
  return text
    .replace(/\*\*[^*]+\*\*\s*:?/g, " ") // a bullet's bold heading ("**훈춘 창구**:") is a label, not a sentence
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, "");
}

/** Sentences of a Korean text: split at . ! ? followed by a space or line end, and at line breaks. */
export function koreanSentences(text: string): string[] {
  return stripMarkdown(text)
    .split(/\n+/)
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=\S)/))
    .map((s) => s.trim())
    .filter((s) => /[가-힣]/.test(s));
}

/**
 * Sentences of the portal's own Korean prose that do not end in the formal polite style (합니다/됩니다/
 * 입니다…): plain -다 endings ("…추진한다."), noun endings ("…거점.", "…맡음.") and the like. A sentence
 * is judged by its last Hangul syllables before the final punctuation, closing quotes and a trailing
 * parenthetical reference such as "(제29항)".
 */
export function nonFormalSentences(text: string): string[] {
  return koreanSentences(text).filter((s) => {
    const end = s
      .replace(/[.!?。]+$/, "")
      .replace(/(\s*\([^()]*\))+$/, "")
      .replace(/[.'"’”」』)\s]+$/, "");
    return !/(니다|니까|십시오)$/.test(end);
  });
}

// ---------------------------------------------------------------- politeness of Korean UI strings

/** Korean UI strings must ask politely in one way: 하십시오 (never 하세요 / 해 주세요). */
export function informalRequests(text: string): string[] {
  return [...text.matchAll(/[가-힣]*세요/g)].map((m) => m[0]);
}

// ---------------------------------------------------------------- place names

/** South Korean standard renderings of the region's place names, and the readings they replace. */
export const koreanPlaceNames: Record<string, string> = {
  장춘: "창춘",
  길림: "지린",
  연길: "옌지",
  연변: "옌볜",
  도문: "투먼",
  훈춘시: "훈춘시",
  용정: "룽징",
  화룡: "허룽",
  돈화: "둔화",
  심양: "선양",
  대련: "다롄",
  북경: "베이징",
  천진: "톈진",
  상해: "상하이",
  영파: "닝보",
};

/** Non-standard (Sino-Korean reading) place names used in a Korean text. */
export function nonStandardPlaceNames(text: string): { found: string; use: string }[] {
  return Object.entries(koreanPlaceNames)
    .filter(([found, use]) => found !== use && text.includes(found))
    .map(([found, use]) => ({ found, use }));
}

// ---------------------------------------------------------------- Hanja glosses

/**
 * Simplified characters that have a different traditional form. Hanja glosses in Korean text are written
 * in traditional characters (長吉圖, not 长吉图); this list covers the characters of the region's names and
 * of policy language, which is what the portal glosses.
 */
const SIMPLIFIED =
  "长龙图发开办号国丰区机关经济产业门东乡园两报广电视厂为与万亿边远设计划贸务会岛乐圣达顺传时书农们这进来对说过还现实动学样" +
  "点资种将总问内场议间难让认车应几织态条变运员队规协单则压术证领导级数页题风飞个么义习买乱争亏亚亲仅从仓价众优伟伤伦体侨举" +
  "丽乌乔兴兰养兽冈写军冯决况冻净凉减凤凯击刘刚创删别刹剂剑剧劝励劲劳势勋医华卖卢卫却厅历厌县参双叙叶叹吓吕吗吨听启吴呐响哑" +
  "唤啸团围圆坏块坚坛坝坞坟坠垄垒垦埙堕墙壮声壳处备复够头夹夺奋奖妆妇妈娱娄婴孙宁宝宠审宪宫宽宾寻寿尔尘尝层屉属岁岂岗岭峡币" +
  "帅师帐带帮库庙庞废弃张弹强归当录彻径忆忧怀恋恒恳恶恼悦悬惊惧惨惯愤户扑执扩扫扬扰抚抛抢护担拟拢拥择挡挤挥损换捣据掳掷揽搁" +
  "携摄摆摇撑撵擞敌斋断无旧旷昙显晋晒晓晕暂杀杂权杨极构枪柜标栈栋栏树档桥检楼横欢欧歼残毁毕气汇汉汤沟没沪泪泽洁浅测浏浑浓涛" +
  "涝润涨渊渐渔温湾湿满滚滞滨滩潜灭灯灵灾灿炉炼烁烂烛热焕爱爷牍牵犹狭独猎献环玛珲琼画畅疗疯盐监盖盘睁矫码砖础确碍礼祸离积称" +
  "稳穷窃窍竞笔笼筑筹签简粮紧纠纪纬纯纱纲纳纵纷纸纹线练组细终绍绑结绕绘给络绝统继绩续维综绿缓编缘缩缴网罗罚罢职聋联聪肃肠肤" +
  "胜胶脑脚脱舰艰艺节芦苏苹荐荡荣药获莱营萧萨蒋蓝蔼虏虑虽蚀蛮补衔装见观览觉誉订讨训讯记讲许论访评识诉词译试诗诚话诞询该详语" +
  "误请诸读课谁调谈谊谋谐谓谢谱贝负贡财责贤败货质贩贪贫购贯贴贵费贺赋赏赔赖赛赞赠赵赶趋跃践踪轨轩转轮软轰轻载较辅辆辈辉辑输" +
  "辖辞辽迁迈违连迟适选逊递逻遗邓邮邻郑酝酱释鉴钟钢钱铁铜铝铭银铺链销锁锅锋错锦键镇镜闪闭闯闲闸闻阀阁阅阳阴阵阶际陆陈陕险随" +
  "隐隶雾静顶项须顾顿预频颗颜额饭饮饰饱饼馆驰驱驶驻驾验骑骗鱼鲁鲜鸟鸡鸣鸭鹏鹤麦黄齐齿";
const simplifiedSet = new Set([...SIMPLIFIED]);

/** Han characters inside a Korean text that are simplified forms (a Hanja gloss must be traditional). */
export function simplifiedHanja(text: string): string[] {
  return [...new Set([...text].filter((c) => simplifiedSet.has(c)))];
}

// ---------------------------------------------------------------- English money

/** English amounts of renminbi must read "CNY 150 million" (the glossary's form), never "150 million yuan". */
export function nonGlossaryMoney(text: string): string[] {
  return [
    ...text.matchAll(/\b(?:\d[\d.,]*\s*(?:million|billion|thousand)?\s*(?:yuan|RMB|renminbi)\b|RMB\s*\d[\d.,]*)/gi),
  ].map((m) => m[0]);
}

// ---------------------------------------------------------------- script leftovers in UI strings

/** Hangul in a text that should have none (zh and en UI strings). */
export const hangul = (text: string) => [...text.matchAll(/[가-힣ㄱ-ㅎ]+/g)].map((m) => m[0]);
/** Han characters in a text that should have none (ko and en UI strings). */
export const hanCharacters = (text: string) => [...text.matchAll(/[\u3400-\u9fff]+/g)].map((m) => m[0]);
/**
 * Latin words in a zh or ko UI string, except ICU syntax ({name}, plural/other) and the abbreviations
 * that are the same in every language (CSV, RSS, TEU, …).
 */
export function latinWords(text: string, allowed: readonly string[]): string[] {
  // ICU arguments ({name}, {count, plural, other {# items}}): drop the innermost braces until none are left.
  let withoutIcu = text;
  for (let prev = ""; prev !== withoutIcu;) {
    prev = withoutIcu;
    withoutIcu = withoutIcu.replace(/\{[^{}]*\}/g, " ");
  }
  return [...withoutIcu.matchAll(/[A-Za-z][A-Za-z'-]+/g)].map((m) => m[0]).filter((w) => !allowed.includes(w));
}

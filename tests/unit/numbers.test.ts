import { describe, expect, it } from "vitest";
import { missingNumbers, statedNumbers } from "@/lib/content/numbers";

describe("statedNumbers", () => {
  it("reads CJK scale words", () => {
    const zh = statedNumbers("累计承运进出口货物1.1万标箱,货值3.74亿欧元", "zh");
    expect(zh.has(11000)).toBe(true);
    expect(zh.has(374000000)).toBe(true);
    const ko = statedNumbers("누적 1만 1000TEU, 화물 가치 3억 7400만 유로", "ko");
    expect(ko.has(11000)).toBe(true);
    expect(ko.has(374000000)).toBe(true);
  });
  it("reads English thousands separators, scale words and month names", () => {
    const en = statedNumbers("11,000 TEU worth EUR 374 million on 29 June", "en");
    expect([...en].sort((a, b) => a - b)).toEqual([6, 29, 374, 11000, 374000000]);
  });
});

describe("missingNumbers", () => {
  it("accepts a faithful translation", () => {
    expect(
      missingNumbers(
        "近期开发面积约 36 平方公里,远期总面积约 210 平方公里",
        "zh",
        "near-term area about 36 km², long-term about 210 km²",
        "en",
      ),
    ).toEqual([]);
    expect(missingNumbers("6月29日正式挂牌", "zh", "officially launched on 29 June", "en")).toEqual([]);
  });
  it("catches a changed or dropped number", () => {
    expect(missingNumbers("货值3.74亿欧元", "zh", "worth EUR 347 million", "en")).toEqual([374000000]);
    expect(missingNumbers("51个项目", "zh", "51개 프로젝트 중 13개", "ko")).toEqual([]);
    expect(missingNumbers("51 projects and 13 deals", "en", "51个项目", "zh")).toEqual([13]);
  });
});

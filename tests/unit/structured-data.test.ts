// The JSON-LD builders of lib/seo.ts against the schema.org vocabulary (tests/support/structured-data.ts):
// every type exists and every property belongs to its type. The pages' own JSON-LD is validated the same
// way over HTTP in tests/e2e/ecosystems.spec.ts.
import { describe, expect, it } from "vitest";
import { breadcrumbJsonLd, legislationJsonLd, newsArticleJsonLd, zoneJsonLd } from "@/lib/seo";
import { structuredDataIssues } from "../support/structured-data";

describe("structured data", () => {
  it("NewsArticle, Legislation, Place and BreadcrumbList are valid schema.org", async () => {
    const items = [
      newsArticleJsonLd({
        url: "/ko/news/x",
        headline: "제목",
        description: "요약",
        datePublished: "2026-11-20",
        dateModified: "2026-11-21T08:00:00.000Z",
        inLanguage: "ko",
        publisherName: "포털",
        sourceName: "长春新区",
        sourceUrl: "https://example.org/a",
        author: "김",
        translationOf: { url: "/zh/news/x", inLanguage: "zh", revision: 2 },
      }),
      legislationJsonLd({
        url: "/en/policies/p",
        name: "Policy",
        description: "Summary",
        documentNumber: "吉政发〔2014〕1号",
        issuedOn: "2014-04-25",
        effectiveFrom: "2014-05-01",
        validUntil: "2019-05-01",
        validity: "in_force",
        jurisdiction: "Jilin Province",
        issuer: "Jilin Provincial Government",
        inLanguage: "en",
        articles: [{ url: "/en/policies/p#article-1", name: "Article 1", number: 1 }],
        translationOf: { url: "/zh/policies/p", inLanguage: "zh", revision: 1 },
        dateModified: "2026-11-21T08:00:00.000Z",
      }),
      zoneJsonLd({
        url: "/zh/zones/z",
        name: "示范区",
        alternateName: "中韩示范区",
        description: "简介",
        containedIn: [{ name: "长春新区", url: "/zh/zones/c" }],
        areas: [{ name: "近期", km2: 10.5 }],
        properties: [{ name: "批准", value: "2020-04-27" }],
      }),
      breadcrumbJsonLd([
        { name: "首页", url: "/zh" },
        { name: "新闻", url: "/zh/news" },
      ]),
    ];
    expect(await structuredDataIssues(items)).toEqual([]);
  });

  it("the validator does catch what schema.org lacks", async () => {
    const issues = await structuredDataIssues([
      { "@context": "https://schema.org", "@type": "Legislation", name: "x", legislationFlavour: "sweet" },
      { "@context": "https://schema.org", "@type": "GovernmentDecree", name: "y" },
    ]);
    expect(issues.map((i) => i.issueMessage)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("legislationFlavour"),
        expect.stringContaining("GovernmentDecree"),
      ]),
    );
  });
});

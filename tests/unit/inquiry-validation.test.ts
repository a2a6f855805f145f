// The inquiry schema shared by the form and the server, and the client key the rate limit counts by.
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ko from "@/messages/ko.json";
import zh from "@/messages/zh.json";
import {
  inquiryFromFormData,
  inquiryLimits,
  inquirySchema,
  interestCodes,
  parseInquiry,
  type InquiryFieldErrors,
} from "@/lib/validation/inquiry";

const valid = {
  name: "Kim Min-jun",
  organisation: "Hanbit Logistics Co., Ltd.",
  email: "minjun.kim@example.co.kr",
  country: "Republic of Korea",
  interests: ["investment", "logistics"],
  message: "We plan a cold-chain warehouse near the bonded zone and would like to talk.",
  website: "",
};

function errorsOf(input: unknown): InquiryFieldErrors {
  const r = parseInquiry(input);
  if (r.success) throw new Error("expected the input to be refused");
  return r.fieldErrors;
}

describe("inquiry schema", () => {
  it("accepts a valid inquiry, trimmed, without the honeypot in the result", () => {
    const r = parseInquiry({
      ...valid,
      name: "  Kim Min-jun  ",
      email: " minjun.kim@example.co.kr ",
      extra: "dropped",
    });
    expect(r).toEqual({
      success: true,
      data: { ...valid, website: undefined, name: "Kim Min-jun", allowPublication: false },
    });
    if (r.success)
      expect(Object.keys(r.data).sort()).toEqual([
        "allowPublication",
        "country",
        "email",
        "interests",
        "message",
        "name",
        "organisation",
      ]);
  });

  it("takes consent to publish only from a ticked box", () => {
    const consent = (v: unknown) => {
      const r = parseInquiry({ ...valid, allowPublication: v });
      return r.success && r.data.allowPublication;
    };
    expect(consent("1")).toBe(true);
    expect(consent(true)).toBe(true);
    for (const v of [undefined, "", "0", "on", "true", 1, ["1"], { v: "1" }])
      expect(consent(v), JSON.stringify(v)).toBe(false);
  });

  it("accepts text in any script and a missing honeypot", () => {
    const { website: _w, ...noHoneypot } = valid;
    const r = parseInquiry({ ...noHoneypot, name: "김민준", organisation: "长春某某有限公司", country: "대한민국" });
    expect(r.success).toBe(true);
  });

  it("reports every missing field as required (an empty form, or no object at all)", () => {
    const expected = {
      name: { key: "required" },
      organisation: { key: "required" },
      email: { key: "required" },
      country: { key: "required" },
      interests: { key: "interests" },
      message: { key: "required" },
    };
    expect(errorsOf({})).toEqual(expected);
    expect(errorsOf(null)).toEqual(expected);
    expect(errorsOf("a string")).toEqual(expected);
    expect(errorsOf({ name: "", organisation: "   ", email: "", country: "\n", interests: [], message: "" })).toEqual(
      expected,
    );
  });

  it.each([
    ["name", inquiryLimits.name.max],
    ["organisation", inquiryLimits.organisation.max],
    ["country", inquiryLimits.country.max],
    ["message", inquiryLimits.message.max],
  ] as const)("limits %s to %i characters", (field, max) => {
    expect(parseInquiry({ ...valid, [field]: "x".repeat(max) }).success).toBe(true);
    expect(errorsOf({ ...valid, [field]: "x".repeat(max + 1) })).toEqual({
      [field]: { key: "tooLong", params: { max } },
    });
  });

  it("trims surrounding space before counting characters", () => {
    expect(parseInquiry({ ...valid, name: `  ${"가".repeat(120)}  ` }).success).toBe(true);
  });

  it("wants a message of at least 10 characters, and counts a CRLF as one", () => {
    expect(errorsOf({ ...valid, message: "Too short" })).toEqual({ message: { key: "tooShort", params: { min: 10 } } });
    expect(errorsOf({ ...valid, message: "   short   " })).toEqual({
      message: { key: "tooShort", params: { min: 10 } },
    });
    const crlf = parseInquiry({ ...valid, message: `Line one.\r\n${"x".repeat(4989)}` });
    expect(crlf.success).toBe(true);
    if (crlf.success) expect(crlf.data.message).toBe(`Line one.\n${"x".repeat(4989)}`);
  });

  it("checks the email address", () => {
    for (const email of ["not an email", "a@b", "@example.com", "a b@example.com", "a@example..com"])
      expect(errorsOf({ ...valid, email })).toEqual({ email: { key: "email" } });
    const long = `${"a".repeat(64)}@${"b".repeat(185)}.com`; // 254 characters
    expect(long).toHaveLength(254);
    expect(parseInquiry({ ...valid, email: long }).success).toBe(true);
    expect(errorsOf({ ...valid, email: `a${long}` })).toEqual({ email: { key: "tooLong", params: { max: 254 } } });
  });

  it("wants at least one known interest, and drops duplicates", () => {
    expect(errorsOf({ ...valid, interests: [] })).toEqual({ interests: { key: "interests" } });
    expect(errorsOf({ ...valid, interests: ["investment", "casino"] })).toEqual({ interests: { key: "interests" } });
    expect(errorsOf({ ...valid, interests: "investment" })).toEqual({ interests: { key: "interests" } });
    const r = parseInquiry({ ...valid, interests: ["land", "land", "other"] });
    expect(r.success && r.data.interests).toEqual(["land", "other"]);
    expect(parseInquiry({ ...valid, interests: [...interestCodes] }).success).toBe(true);
  });

  it("refuses control characters; the message may hold line breaks and tabs", () => {
    for (const field of ["name", "organisation", "country"] as const)
      for (const bad of ["Kim\u0000", "Kim\nLee", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\u2028b"])
        expect(errorsOf({ ...valid, [field]: bad })).toEqual({ [field]: { key: "invalidCharacters" } });
    expect(errorsOf({ ...valid, email: "a\u0000b@example.com" })).toEqual({ email: { key: "invalidCharacters" } });
    expect(errorsOf({ ...valid, message: "Hello there\u0000, how are you?" })).toEqual({
      message: { key: "invalidCharacters" },
    });
    expect(parseInquiry({ ...valid, message: "Dear team,\n\n\tWe would like to visit.\r\nRegards" }).success).toBe(
      true,
    );
  });

  it("reports the first problem of each field only, in a form the messages can show", () => {
    const errors = errorsOf({ name: "x".repeat(500), email: "bad", interests: ["nope"], message: "hi" });
    expect(errors).toEqual({
      name: { key: "tooLong", params: { max: 120 } },
      organisation: { key: "required" },
      email: { key: "email" },
      country: { key: "required" },
      interests: { key: "interests" },
      message: { key: "tooShort", params: { min: 10 } },
    });
    // Every key the schema can produce has a message in each locale.
    for (const messages of [en, ko, zh])
      for (const key of ["required", "email", "tooLong", "tooShort", "interests", "invalidCharacters"])
        expect(messages.inquiry.errors).toHaveProperty(key);
  });

  it("flags a filled honeypot, even when everything else is wrong", () => {
    expect(parseInquiry({ ...valid, website: "http://spam.example" })).toMatchObject({
      success: false,
      honeypot: true,
    });
    expect(parseInquiry({ website: "x" })).toMatchObject({ success: false, honeypot: true });
    expect(parseInquiry({ ...valid, website: "   " }).success).toBe(true);
    expect(parseInquiry({ name: "" })).toMatchObject({ success: false, honeypot: false });
    expect(inquirySchema.safeParse({ ...valid, website: "x" }).error?.issues.map((i) => i.path)).toEqual([["website"]]);
  });

  it("reads a form submission, ignoring files and foreign fields", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(valid)) if (!Array.isArray(v)) form.set(k, v);
    form.append("interests", "investment");
    form.append("interests", new Blob(["x"]));
    form.append("interests", "logistics");
    form.set("$ACTION_ID_abc", "");
    form.set("message", new Blob(["a file"]));
    const raw = inquiryFromFormData(form);
    expect(raw.interests).toEqual(["investment", "logistics"]);
    expect(raw.message).toBeUndefined();
    expect(errorsOf(raw)).toEqual({ message: { key: "required" } });
  });
});

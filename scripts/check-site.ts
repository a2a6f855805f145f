// npm run check:site — the site-health check (lib/health/site-health.ts) from the command line or cron:
// prints a table (result, language, check, detail) and exits 1 when anything fails, 0 when only warnings
// or nothing remain, 2 when the check could not run. Reads DATABASE_URL (else the embedded database of a
// running `npm start`). Options: --lang=zh|ko|en (the table's language, default en), --json.
import { createTranslator } from "next-intl";
import { embeddedDatabaseUrl, parseServerEnv } from "../lib/env";
import { createPrismaClient } from "../lib/prisma-client";
import { siteHealth, type Finding } from "../lib/health/site-health";
import { findingText, type RootTranslator } from "../lib/health/format";
import { isLocale, type Locale } from "../i18n/routing";
import zh from "../messages/zh.json" with { type: "json" };
import ko from "../messages/ko.json" with { type: "json" };
import en from "../messages/en.json" with { type: "json" };

const args = process.argv.slice(2);
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const lang = option("lang") ?? "en";
if (!isLocale(lang)) {
  console.error(`--lang must be one of zh, ko, en (got ${lang})`);
  process.exit(2);
}
const catalogue = { zh, ko, en }[lang as Locale];
const t = createTranslator({ locale: lang, messages: catalogue }) as unknown as RootTranslator;

/** Display width: CJK and Hangul take two columns in a terminal. */
const width = (s: string) =>
  [...s].reduce(
    (n, c) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1),
    0,
  );
const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) =>
    Math.min(40, Math.max(...rows.map((r) => (i === r.length - 1 ? 0 : width(r[i]!))))),
  );
  return rows
    .map((r) =>
      r
        .map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]!)))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

async function main(): Promise<number> {
  const env = parseServerEnv();
  const url = env.DATABASE_URL ?? embeddedDatabaseUrl(env.EMBEDDED_DATABASE_PORT);
  const db = createPrismaClient(url);
  try {
    const report = await siteHealth(db, { origin: env.SITE_URL?.replace(/\/$/, "") });
    if (args.includes("--json")) {
      console.log(JSON.stringify(report, null, 2));
    } else {
      const sh = (k: string, v?: Record<string, number>) => t(`admin.siteHealth.${k}`, v);
      const order = (f: Finding) => (f.severity === "fail" ? 0 : 1);
      const rows = [...report.findings]
        .sort(
          (a, b) =>
            order(a) - order(b) || a.check.localeCompare(b.check) || String(a.locale).localeCompare(String(b.locale)),
        )
        .map((f) => [sh(f.severity), f.locale ?? sh("all"), sh(`checkNames.${f.check}`), findingText(t, f)]);
      console.log(`${sh("title")} · ${report.generatedAt}\n`);
      if (rows.length)
        console.log(table([[sh("severity"), sh("language"), sh("check"), sh("detail")], ...rows]) + "\n");
      console.log(
        rows.length ? sh("summary", { failures: report.failures, warnings: report.warnings }) : sh("allGood"),
      );
    }
    return report.failures > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error("check:site could not run:", e instanceof Error ? e.message : e);
    process.exit(2);
  },
);

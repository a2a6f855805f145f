// Takes full-page screenshots of portal pages in Debian's Chromium, for looking at what people see.
// Usage: tsx scripts/screenshot.ts http://localhost:3000/zh [/ko …] [--width=390] [--top] [--out=tmp/shots]
// --top takes the first screenful only (long documents).
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";

const args = process.argv.slice(2);
const width = Number(args.find((a) => a.startsWith("--width="))?.slice(8) ?? 1280);
const out = args.find((a) => a.startsWith("--out="))?.slice(6) ?? "tmp/shots";
const urls = args.filter((a) => !a.startsWith("--"));
fs.mkdirSync(out, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
const page = await browser.newPage({ viewport: { width, height: 900 } });
for (const url of urls) {
  const res = await page.goto(url, { waitUntil: "networkidle" });
  const name = `${new URL(url).pathname.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "root"}-${width}.png`;
  await page.screenshot({ path: path.join(out, name), fullPage: !args.includes("--top") });
  console.log(`${res?.status()} ${url} -> ${path.join(out, name)}`);
}
await browser.close();

// Writes a content-migration step (prisma/content-migrations/<id>.json, run by lib/content/migrate.ts on
// `npm start`) from the content as it was before a correction and content/ as it is now:
//
//   git archive <commit-before> content | tar -x -C /tmp/before
//   npx tsx scripts/content-migration-snapshot.ts /tmp/before/content 2026-12-content-review-1 "What changed"
//
// The step records only the old values of what changed; the new values are read from content/ when the
// step runs.
import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../lib/content/load";
import { diffContent, migrationsDir } from "../lib/content/migrate";

const [beforeDir, id, description] = process.argv.slice(2);
if (!beforeDir || !id || !description) {
  console.error("usage: tsx scripts/content-migration-snapshot.ts <old content dir> <step id> <description>");
  process.exit(2);
}
const step = diffContent(id, description, loadContent(path.resolve(beforeDir)), loadContent());
fs.mkdirSync(migrationsDir, { recursive: true });
const file = path.join(migrationsDir, `${id}.json`);
fs.writeFileSync(file, `${JSON.stringify(step, null, 2)}\n`);
console.log(
  `${path.relative(process.cwd(), file)}: ${step.texts.length} translations, ${step.articles.length} policy items, ${step.layoutParents.length} layout parents, ${step.removedLayout.length} removed layout elements`,
);

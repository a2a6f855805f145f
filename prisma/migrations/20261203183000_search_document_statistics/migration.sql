-- Site search plans one statement of about twenty array-containment conditions on the search documents'
-- keys (lib/data/search.ts). With the default statistics target PostgreSQL keeps 1,000 most common keys
-- per column and reads them for every condition it estimates: 8–19 ms of planning per search with 10,000
-- articles per language (npm run bench:search), more than running it. A hundred keep the planning at
-- 4–5 ms; the plan does not change, since the candidates are read through the GIN indexes either way.
ALTER TABLE "SearchDocument" ALTER COLUMN "grams" SET STATISTICS 10;
ALTER TABLE "SearchDocument" ALTER COLUMN "titleGrams" SET STATISTICS 10;

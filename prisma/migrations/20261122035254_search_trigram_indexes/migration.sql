-- Site search (lib/data/search.ts): trigram GIN indexes so that ILIKE '%…%' on the translated text
-- can use an index (from 3 characters; shorter queries still match, by scanning). pg_trgm ships with
-- PostgreSQL's contrib and is loaded by the embedded PGlite (lib/embedded-postgres.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "KeyFigureTranslation_label_idx" ON "KeyFigureTranslation" USING GIN ("label" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "LayoutElementTranslation_name_idx" ON "LayoutElementTranslation" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "LayoutElementTranslation_description_idx" ON "LayoutElementTranslation" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "NewsTranslation_title_idx" ON "NewsTranslation" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "NewsTranslation_summary_idx" ON "NewsTranslation" USING GIN ("summary" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "NewsTranslation_body_idx" ON "NewsTranslation" USING GIN ("body" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PolicyArticleTranslation_heading_idx" ON "PolicyArticleTranslation" USING GIN ("heading" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PolicyArticleTranslation_body_idx" ON "PolicyArticleTranslation" USING GIN ("body" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PolicyTranslation_title_idx" ON "PolicyTranslation" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PolicyTranslation_summary_idx" ON "PolicyTranslation" USING GIN ("summary" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ZoneTranslation_name_idx" ON "ZoneTranslation" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ZoneTranslation_summary_idx" ON "ZoneTranslation" USING GIN ("summary" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "ZoneTranslation_body_idx" ON "ZoneTranslation" USING GIN ("body" gin_trgm_ops);

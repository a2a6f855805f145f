-- CreateEnum
CREATE TYPE "ReviewState" AS ENUM ('none', 'submitted', 'returned');

-- AlterEnum (PostgreSQL 12+ adds several values in one migration; they are not used below)

ALTER TYPE "PolicyValidity" ADD VALUE 'amended';
ALTER TYPE "PolicyValidity" ADD VALUE 'repealed';

-- AlterTable
ALTER TABLE "GlossaryTermTranslation" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftRevision" INTEGER,
ADD COLUMN     "review" "ReviewState" NOT NULL DEFAULT 'none',
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "revisionAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "sourceRevisionAt" TIMESTAMP(3),
ADD COLUMN     "status" "PublishStatus" NOT NULL DEFAULT 'published';

-- AlterTable
ALTER TABLE "KeyFigureTranslation" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftRevision" INTEGER,
ADD COLUMN     "review" "ReviewState" NOT NULL DEFAULT 'none',
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "revisionAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "sourceRevisionAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "LayoutElementTranslation" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftRevision" INTEGER,
ADD COLUMN     "review" "ReviewState" NOT NULL DEFAULT 'none',
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "revisionAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "sourceRevisionAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "NewsTranslation" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftRevision" INTEGER,
ADD COLUMN     "review" "ReviewState" NOT NULL DEFAULT 'none',
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "revisionAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "sourceRevisionAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Policy" ADD COLUMN     "validityBy" TEXT,
ADD COLUMN     "validitySince" DATE;

-- AlterTable
ALTER TABLE "PolicyArticleTranslation" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftRevision" INTEGER,
ADD COLUMN     "review" "ReviewState" NOT NULL DEFAULT 'none',
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "revisionAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "sourceRevisionAt" TIMESTAMP(3),
ADD COLUMN     "status" "PublishStatus" NOT NULL DEFAULT 'published';

-- AlterTable
ALTER TABLE "PolicySectionTranslation" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftRevision" INTEGER,
ADD COLUMN     "review" "ReviewState" NOT NULL DEFAULT 'none',
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "revisionAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "sourceRevisionAt" TIMESTAMP(3),
ADD COLUMN     "status" "PublishStatus" NOT NULL DEFAULT 'published';

-- AlterTable
ALTER TABLE "PolicyTranslation" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftRevision" INTEGER,
ADD COLUMN     "review" "ReviewState" NOT NULL DEFAULT 'none',
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "revisionAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "sourceRevisionAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ScheduledPublication" ADD COLUMN     "data" JSONB,
ADD COLUMN     "revision" INTEGER;

-- AlterTable
ALTER TABLE "ZoneTranslation" ADD COLUMN     "draft" JSONB,
ADD COLUMN     "draftRevision" INTEGER,
ADD COLUMN     "review" "ReviewState" NOT NULL DEFAULT 'none',
ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "revisionAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "sourceRevisionAt" TIMESTAMP(3);

-- Existing data: every row keeps its text and status, so what is live stays live and a draft stays a
-- draft (the text columns now hold the live text; later saves go to "draft"). Pending schedules keep
-- revision/data null and publish the row's own text, which is what they would have published.
-- revisionAt: the last change of the text; sourceRevisionAt: when the original's revision a translation
-- was made from was saved (from its Revision row, else the original's own date when it is still current).

UPDATE "ZoneTranslation" SET "revisionAt" = "updatedAt";
UPDATE "ZoneTranslation" t SET "sourceRevisionAt" = COALESCE(
  (SELECT r."createdAt" FROM "Revision" r
    WHERE r."entityType" = 'zone-translation' AND r."entityId" = o.id AND r.data->>'revision' = t."sourceRevision"::text
    ORDER BY r."createdAt" DESC LIMIT 1),
  CASE WHEN t."sourceRevision" >= o.revision THEN o."revisionAt" END)
FROM "ZoneTranslation" o, "Zone" root
WHERE root.id = t."zoneId" AND o."zoneId" = t."zoneId" AND o.locale = root."originalLocale" AND t.locale <> o.locale AND t."sourceRevision" IS NOT NULL;
UPDATE "LayoutElementTranslation" SET "revisionAt" = "updatedAt";
UPDATE "LayoutElementTranslation" t SET "sourceRevisionAt" = COALESCE(
  (SELECT r."createdAt" FROM "Revision" r
    WHERE r."entityType" = 'layout-translation' AND r."entityId" = o.id AND r.data->>'revision' = t."sourceRevision"::text
    ORDER BY r."createdAt" DESC LIMIT 1),
  CASE WHEN t."sourceRevision" >= o.revision THEN o."revisionAt" END)
FROM "LayoutElementTranslation" o, "LayoutElement" root
WHERE root.id = t."elementId" AND o."elementId" = t."elementId" AND o.locale = root."originalLocale" AND t.locale <> o.locale AND t."sourceRevision" IS NOT NULL;
UPDATE "PolicyTranslation" SET "revisionAt" = "updatedAt";
UPDATE "PolicyTranslation" t SET "sourceRevisionAt" = COALESCE(
  (SELECT r."createdAt" FROM "Revision" r
    WHERE r."entityType" = 'policy-translation' AND r."entityId" = o.id AND r.data->>'revision' = t."sourceRevision"::text
    ORDER BY r."createdAt" DESC LIMIT 1),
  CASE WHEN t."sourceRevision" >= o.revision THEN o."revisionAt" END)
FROM "PolicyTranslation" o, "Policy" root
WHERE root.id = t."policyId" AND o."policyId" = t."policyId" AND o.locale = root."originalLocale" AND t.locale <> o.locale AND t."sourceRevision" IS NOT NULL;
UPDATE "PolicySectionTranslation" t SET "sourceRevisionAt" = COALESCE(
  (SELECT r."createdAt" FROM "Revision" r
    WHERE r."entityType" = 'policy-section-translation' AND r."entityId" = o.id AND r.data->>'revision' = t."sourceRevision"::text
    ORDER BY r."createdAt" DESC LIMIT 1),
  CASE WHEN t."sourceRevision" >= o.revision THEN o."revisionAt" END)
FROM "PolicySectionTranslation" o, "PolicySection" own, "Policy" root
WHERE own.id = t."sectionId" AND root.id = own."policyId" AND o."sectionId" = t."sectionId" AND o.locale = root."originalLocale" AND t.locale <> o.locale AND t."sourceRevision" IS NOT NULL;
UPDATE "PolicyArticleTranslation" SET "revisionAt" = "updatedAt";
UPDATE "PolicyArticleTranslation" t SET "sourceRevisionAt" = COALESCE(
  (SELECT r."createdAt" FROM "Revision" r
    WHERE r."entityType" = 'policy-article-translation' AND r."entityId" = o.id AND r.data->>'revision' = t."sourceRevision"::text
    ORDER BY r."createdAt" DESC LIMIT 1),
  CASE WHEN t."sourceRevision" >= o.revision THEN o."revisionAt" END)
FROM "PolicyArticleTranslation" o, "PolicyArticle" own, "Policy" root
WHERE own.id = t."articleId" AND root.id = own."policyId" AND o."articleId" = t."articleId" AND o.locale = root."originalLocale" AND t.locale <> o.locale AND t."sourceRevision" IS NOT NULL;
UPDATE "NewsTranslation" SET "revisionAt" = "updatedAt";
UPDATE "NewsTranslation" t SET "sourceRevisionAt" = COALESCE(
  (SELECT r."createdAt" FROM "Revision" r
    WHERE r."entityType" = 'news-translation' AND r."entityId" = o.id AND r.data->>'revision' = t."sourceRevision"::text
    ORDER BY r."createdAt" DESC LIMIT 1),
  CASE WHEN t."sourceRevision" >= o.revision THEN o."revisionAt" END)
FROM "NewsTranslation" o, "NewsArticle" root
WHERE root.id = t."articleId" AND o."articleId" = t."articleId" AND o.locale = root."originalLocale" AND t.locale <> o.locale AND t."sourceRevision" IS NOT NULL;
UPDATE "KeyFigureTranslation" SET "revisionAt" = "updatedAt";
UPDATE "KeyFigureTranslation" t SET "sourceRevisionAt" = COALESCE(
  (SELECT r."createdAt" FROM "Revision" r
    WHERE r."entityType" = 'figure-translation' AND r."entityId" = o.id AND r.data->>'revision' = t."sourceRevision"::text
    ORDER BY r."createdAt" DESC LIMIT 1),
  CASE WHEN t."sourceRevision" >= o.revision THEN o."revisionAt" END)
FROM "KeyFigureTranslation" o, "KeyFigure" root
WHERE root.id = t."figureId" AND o."figureId" = t."figureId" AND o.locale = root."originalLocale" AND t.locale <> o.locale AND t."sourceRevision" IS NOT NULL;
UPDATE "GlossaryTermTranslation" SET "revisionAt" = "updatedAt";
UPDATE "GlossaryTermTranslation" t SET "sourceRevisionAt" = COALESCE(
  (SELECT r."createdAt" FROM "Revision" r
    WHERE r."entityType" = 'glossary-translation' AND r."entityId" = o.id AND r.data->>'revision' = t."sourceRevision"::text
    ORDER BY r."createdAt" DESC LIMIT 1),
  CASE WHEN t."sourceRevision" >= o.revision THEN o."revisionAt" END)
FROM "GlossaryTermTranslation" o, "GlossaryTerm" root
WHERE root.id = t."termId" AND o."termId" = t."termId" AND o.locale = root."originalLocale" AND t.locale <> o.locale AND t."sourceRevision" IS NOT NULL;

-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('zh', 'ko', 'en');

-- CreateEnum
CREATE TYPE "PublishStatus" AS ENUM ('draft', 'published');

-- CreateEnum
CREATE TYPE "ZoneKind" AS ENUM ('pilot_zone', 'cooperation_zone', 'development_zone', 'bonded_zone', 'industrial_zone');

-- CreateEnum
CREATE TYPE "ZoneRelationKind" AS ENUM ('part_of', 'operated_by', 'supports', 'linked_with');

-- CreateEnum
CREATE TYPE "LayoutKind" AS ENUM ('core', 'wing', 'park', 'function_area');

-- CreateEnum
CREATE TYPE "PolicyValidity" AS ENUM ('in_force', 'expired', 'superseded', 'unknown');

-- CreateEnum
CREATE TYPE "NewsKind" AS ENUM ('news', 'press_release', 'feature', 'briefing');

-- CreateTable
CREATE TABLE "Zone" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "ZoneKind" NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "originalLocale" "Locale" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "areaNearKm2" DECIMAL(10,2),
    "areaTotalKm2" DECIMAL(10,2),
    "approvedOn" DATE,
    "establishedOn" DATE,
    "sourceNewsId" TEXT,
    "sourcePolicyId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Zone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZoneTranslation" (
    "id" TEXT NOT NULL,
    "zoneId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "sourceRevision" INTEGER,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "positioning" TEXT NOT NULL DEFAULT '',
    "goals2025" TEXT NOT NULL DEFAULT '',
    "goals2035" TEXT NOT NULL DEFAULT '',
    "industries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "body" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ZoneTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZoneRelation" (
    "id" TEXT NOT NULL,
    "fromZoneId" TEXT NOT NULL,
    "toZoneId" TEXT NOT NULL,
    "kind" "ZoneRelationKind" NOT NULL,

    CONSTRAINT "ZoneRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LayoutElement" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "LayoutKind" NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "originalLocale" "Locale" NOT NULL,
    "zoneId" TEXT NOT NULL,
    "linkedZoneId" TEXT,
    "parentId" TEXT,
    "posX" INTEGER NOT NULL,
    "posY" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceNewsId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LayoutElement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LayoutElementTranslation" (
    "id" TEXT NOT NULL,
    "elementId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "sourceRevision" INTEGER,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "industries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "anchorFacility" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LayoutElementTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Policy" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "originalLocale" "Locale" NOT NULL,
    "documentNumber" TEXT,
    "issuedOn" DATE NOT NULL,
    "effectiveFrom" DATE,
    "validUntil" DATE,
    "validity" "PolicyValidity" NOT NULL DEFAULT 'unknown',
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyTranslation" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "sourceRevision" INTEGER,
    "title" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "preamble" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicySection" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "anchor" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "PolicySection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicySectionTranslation" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "sourceRevision" INTEGER,
    "heading" TEXT NOT NULL,

    CONSTRAINT "PolicySectionTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyArticle" (
    "id" TEXT NOT NULL,
    "policyId" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "anchor" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL,
    "grants" BOOLEAN NOT NULL DEFAULT false,
    "topics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "industries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "zoneSlugs" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "PolicyArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PolicyArticleTranslation" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "sourceRevision" INTEGER,
    "heading" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PolicyArticleTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsArticle" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "NewsKind" NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "originalLocale" "Locale" NOT NULL,
    "publishedOn" DATE,
    "sourceUrl" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsTranslation" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "sourceRevision" INTEGER,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sourceName" TEXT NOT NULL,
    "byline" TEXT NOT NULL DEFAULT '',
    "publishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyFigure" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "originalLocale" "Locale" NOT NULL,
    "zoneId" TEXT,
    "value" DECIMAL(18,4) NOT NULL,
    "unit" TEXT NOT NULL,
    "asOf" DATE,
    "sourceNewsId" TEXT,
    "sourcePolicyId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KeyFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KeyFigureTranslation" (
    "id" TEXT NOT NULL,
    "figureId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "sourceRevision" INTEGER,
    "label" TEXT NOT NULL,
    "qualifier" TEXT NOT NULL DEFAULT '',
    "period" TEXT NOT NULL DEFAULT '',
    "note" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KeyFigureTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "originalLocale" "Locale" NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryTermTranslation" (
    "id" TEXT NOT NULL,
    "termId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "sourceRevision" INTEGER,
    "term" TEXT NOT NULL,
    "definition" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GlossaryTermTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_PolicyToZone" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_PolicyToZone_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_NewsArticleToZone" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_NewsArticleToZone_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "Zone_slug_key" ON "Zone"("slug");

-- CreateIndex
CREATE INDEX "ZoneTranslation_locale_status_idx" ON "ZoneTranslation"("locale", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ZoneTranslation_zoneId_locale_key" ON "ZoneTranslation"("zoneId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "ZoneRelation_fromZoneId_toZoneId_kind_key" ON "ZoneRelation"("fromZoneId", "toZoneId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "LayoutElement_slug_key" ON "LayoutElement"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "LayoutElementTranslation_elementId_locale_key" ON "LayoutElementTranslation"("elementId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "Policy_slug_key" ON "Policy"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyTranslation_policyId_locale_key" ON "PolicyTranslation"("policyId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "PolicySection_policyId_number_key" ON "PolicySection"("policyId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PolicySection_policyId_anchor_key" ON "PolicySection"("policyId", "anchor");

-- CreateIndex
CREATE UNIQUE INDEX "PolicySectionTranslation_sectionId_locale_key" ON "PolicySectionTranslation"("sectionId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyArticle_policyId_number_key" ON "PolicyArticle"("policyId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyArticle_policyId_anchor_key" ON "PolicyArticle"("policyId", "anchor");

-- CreateIndex
CREATE UNIQUE INDEX "PolicyArticleTranslation_articleId_locale_key" ON "PolicyArticleTranslation"("articleId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "NewsArticle_slug_key" ON "NewsArticle"("slug");

-- CreateIndex
CREATE INDEX "NewsTranslation_locale_status_idx" ON "NewsTranslation"("locale", "status");

-- CreateIndex
CREATE UNIQUE INDEX "NewsTranslation_articleId_locale_key" ON "NewsTranslation"("articleId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "KeyFigure_slug_key" ON "KeyFigure"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "KeyFigureTranslation_figureId_locale_key" ON "KeyFigureTranslation"("figureId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_slug_key" ON "GlossaryTerm"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTermTranslation_termId_locale_key" ON "GlossaryTermTranslation"("termId", "locale");

-- CreateIndex
CREATE INDEX "_PolicyToZone_B_index" ON "_PolicyToZone"("B");

-- CreateIndex
CREATE INDEX "_NewsArticleToZone_B_index" ON "_NewsArticleToZone"("B");

-- AddForeignKey
ALTER TABLE "Zone" ADD CONSTRAINT "Zone_sourceNewsId_fkey" FOREIGN KEY ("sourceNewsId") REFERENCES "NewsArticle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Zone" ADD CONSTRAINT "Zone_sourcePolicyId_fkey" FOREIGN KEY ("sourcePolicyId") REFERENCES "Policy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoneTranslation" ADD CONSTRAINT "ZoneTranslation_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoneRelation" ADD CONSTRAINT "ZoneRelation_fromZoneId_fkey" FOREIGN KEY ("fromZoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ZoneRelation" ADD CONSTRAINT "ZoneRelation_toZoneId_fkey" FOREIGN KEY ("toZoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LayoutElement" ADD CONSTRAINT "LayoutElement_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LayoutElement" ADD CONSTRAINT "LayoutElement_linkedZoneId_fkey" FOREIGN KEY ("linkedZoneId") REFERENCES "Zone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LayoutElement" ADD CONSTRAINT "LayoutElement_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "LayoutElement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LayoutElement" ADD CONSTRAINT "LayoutElement_sourceNewsId_fkey" FOREIGN KEY ("sourceNewsId") REFERENCES "NewsArticle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LayoutElementTranslation" ADD CONSTRAINT "LayoutElementTranslation_elementId_fkey" FOREIGN KEY ("elementId") REFERENCES "LayoutElement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyTranslation" ADD CONSTRAINT "PolicyTranslation_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicySection" ADD CONSTRAINT "PolicySection_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicySectionTranslation" ADD CONSTRAINT "PolicySectionTranslation_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PolicySection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyArticle" ADD CONSTRAINT "PolicyArticle_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyArticle" ADD CONSTRAINT "PolicyArticle_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "PolicySection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PolicyArticleTranslation" ADD CONSTRAINT "PolicyArticleTranslation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "PolicyArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsTranslation" ADD CONSTRAINT "NewsTranslation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "NewsArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyFigure" ADD CONSTRAINT "KeyFigure_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyFigure" ADD CONSTRAINT "KeyFigure_sourceNewsId_fkey" FOREIGN KEY ("sourceNewsId") REFERENCES "NewsArticle"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyFigure" ADD CONSTRAINT "KeyFigure_sourcePolicyId_fkey" FOREIGN KEY ("sourcePolicyId") REFERENCES "Policy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KeyFigureTranslation" ADD CONSTRAINT "KeyFigureTranslation_figureId_fkey" FOREIGN KEY ("figureId") REFERENCES "KeyFigure"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GlossaryTermTranslation" ADD CONSTRAINT "GlossaryTermTranslation_termId_fkey" FOREIGN KEY ("termId") REFERENCES "GlossaryTerm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyToZone" ADD CONSTRAINT "_PolicyToZone_A_fkey" FOREIGN KEY ("A") REFERENCES "Policy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_PolicyToZone" ADD CONSTRAINT "_PolicyToZone_B_fkey" FOREIGN KEY ("B") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NewsArticleToZone" ADD CONSTRAINT "_NewsArticleToZone_A_fkey" FOREIGN KEY ("A") REFERENCES "NewsArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_NewsArticleToZone" ADD CONSTRAINT "_NewsArticleToZone_B_fkey" FOREIGN KEY ("B") REFERENCES "Zone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

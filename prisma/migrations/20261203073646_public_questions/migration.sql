-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "allowPublication" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "answer" TEXT,
ADD COLUMN     "answeredAt" TIMESTAMP(3),
ADD COLUMN     "answeredById" TEXT;

-- CreateTable
CREATE TABLE "Question" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'published',
    "originalLocale" "Locale" NOT NULL,
    "zoneId" TEXT,
    "topic" TEXT,
    "inquiryId" TEXT,
    "askedAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionTranslation" (
    "id" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "status" "PublishStatus" NOT NULL DEFAULT 'draft',
    "revision" INTEGER NOT NULL DEFAULT 1,
    "sourceRevision" INTEGER,
    "draft" JSONB,
    "draftRevision" INTEGER,
    "review" "ReviewState" NOT NULL DEFAULT 'none',
    "reviewNote" TEXT,
    "revisionAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sourceRevisionAt" TIMESTAMP(3),
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Question_slug_key" ON "Question"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Question_inquiryId_key" ON "Question"("inquiryId");

-- CreateIndex
CREATE INDEX "Question_zoneId_idx" ON "Question"("zoneId");

-- CreateIndex
CREATE INDEX "Question_topic_idx" ON "Question"("topic");

-- CreateIndex
CREATE INDEX "QuestionTranslation_locale_status_idx" ON "QuestionTranslation"("locale", "status");

-- CreateIndex
CREATE INDEX "QuestionTranslation_question_idx" ON "QuestionTranslation" USING GIN ("question" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "QuestionTranslation_answer_idx" ON "QuestionTranslation" USING GIN ("answer" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionTranslation_questionId_locale_key" ON "QuestionTranslation"("questionId", "locale");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_zoneId_fkey" FOREIGN KEY ("zoneId") REFERENCES "Zone"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionTranslation" ADD CONSTRAINT "QuestionTranslation_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

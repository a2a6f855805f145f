-- CreateTable
CREATE TABLE "ContentMigration" (
    "id" TEXT NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "report" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "ContentMigration_pkey" PRIMARY KEY ("id")
);

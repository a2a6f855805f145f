-- CreateEnum
CREATE TYPE "ErrorReportStatus" AS ENUM ('open', 'handled');

-- CreateTable
CREATE TABLE "ErrorReport" (
    "id" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "pagePath" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "message" TEXT NOT NULL,
    "email" TEXT,
    "status" "ErrorReportStatus" NOT NULL DEFAULT 'open',
    "replyNote" TEXT,
    "handledAt" TIMESTAMP(3),
    "handledById" TEXT,
    "clientHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ErrorReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ErrorReport_reference_key" ON "ErrorReport"("reference");

-- CreateIndex
CREATE INDEX "ErrorReport_clientHash_createdAt_idx" ON "ErrorReport"("clientHash", "createdAt");

-- CreateIndex
CREATE INDEX "ErrorReport_status_createdAt_idx" ON "ErrorReport"("status", "createdAt");

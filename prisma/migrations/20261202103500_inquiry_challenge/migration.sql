-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "challengeHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_challengeHash_key" ON "Inquiry"("challengeHash");

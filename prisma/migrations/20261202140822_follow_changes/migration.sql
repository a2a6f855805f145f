-- CreateTable
CREATE TABLE "PublicChange" (
    "id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "subjectSlug" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "itemKey" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "revision" INTEGER NOT NULL,
    "note" TEXT,
    "anchors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "snapshot" JSONB,
    "baseline" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "locale" "Locale" NOT NULL,
    "frequency" TEXT NOT NULL DEFAULT 'instant',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "digestFrom" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Subscriber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Follow" (
    "id" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SubscribeAttempt" (
    "id" TEXT NOT NULL,
    "clientHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SubscribeAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MailJob" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 6,
    "lockedBy" TEXT,
    "lockedUntil" TIMESTAMP(3),
    "sendingAt" TIMESTAMP(3),
    "doneAt" TIMESTAMP(3),
    "outcome" TEXT,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MailJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "headers" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PublicChange_subject_subjectId_locale_publishedAt_idx" ON "PublicChange"("subject", "subjectId", "locale", "publishedAt");

-- CreateIndex
CREATE INDEX "PublicChange_locale_publishedAt_idx" ON "PublicChange"("locale", "publishedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Subscriber_email_key" ON "Subscriber"("email");

-- CreateIndex
CREATE INDEX "Follow_target_idx" ON "Follow"("target");

-- CreateIndex
CREATE INDEX "Follow_expiresAt_idx" ON "Follow"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_subscriberId_target_key" ON "Follow"("subscriberId", "target");

-- CreateIndex
CREATE INDEX "SubscribeAttempt_clientHash_createdAt_idx" ON "SubscribeAttempt"("clientHash", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MailJob_idempotencyKey_key" ON "MailJob"("idempotencyKey");

-- CreateIndex
CREATE INDEX "MailJob_doneAt_runAt_idx" ON "MailJob"("doneAt", "runAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_idempotencyKey_key" ON "OutboxMail"("idempotencyKey");

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "Subscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "SavedPaper" (
    "userId" TEXT NOT NULL,
    "paperId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedPaper_pkey" PRIMARY KEY ("userId","paperId")
);

-- CreateIndex
CREATE INDEX "SavedPaper_paperId_idx" ON "SavedPaper"("paperId");

-- CreateIndex
CREATE INDEX "SavedPaper_userId_createdAt_idx" ON "SavedPaper"("userId", "createdAt");

-- AddForeignKey
ALTER TABLE "SavedPaper" ADD CONSTRAINT "SavedPaper_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedPaper" ADD CONSTRAINT "SavedPaper_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE;

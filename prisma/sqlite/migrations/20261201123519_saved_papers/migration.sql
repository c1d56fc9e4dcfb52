-- CreateTable
CREATE TABLE "SavedPaper" (
    "userId" TEXT NOT NULL,
    "paperId" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userId", "paperId"),
    CONSTRAINT "SavedPaper_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SavedPaper_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SavedPaper_paperId_idx" ON "SavedPaper"("paperId");

-- CreateIndex
CREATE INDEX "SavedPaper_userId_createdAt_idx" ON "SavedPaper"("userId", "createdAt");

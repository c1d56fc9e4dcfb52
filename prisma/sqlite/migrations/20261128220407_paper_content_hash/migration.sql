-- AlterTable
ALTER TABLE "Paper" ADD COLUMN "contentHash" TEXT;

-- DropIndex
DROP INDEX "PaperAuthor_name_idx";

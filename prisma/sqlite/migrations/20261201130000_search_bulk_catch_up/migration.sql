-- Bulk imports index in bulk (docs/decisions/023-sqlite-search-at-a-million.md). Until now the
-- triggers of the search migration indexed every paper as it was inserted, one FTS5 row at a
-- time, and that was half the importer's single writer. Now a bulk import marks itself in
-- "PaperSearchState" (a lease it renews every batch) and the insert trigger leaves its new
-- papers to the importer, which indexes them in chunks with one INSERT … SELECT ("catch-up",
-- lib/search/sqlite-catch-up.ts). Everything else keeps going through triggers.
--
-- The one rule all of it keeps: every paper whose id is at most "indexedThrough" is in
-- "PaperSearch", and no paper above it is. Paper ids only grow (AUTOINCREMENT), so:
--   * an insert outside a bulk load indexes everything above the mark (in practice just the
--     new paper; after a killed import, what it left unindexed) and moves the mark up;
--   * an insert during a bulk load adds nothing: its paper is above the mark until catch-up;
--   * updates and deletes touch the index only for papers at or below the mark: a paper above
--     it is read whole, as it is then, when it is caught up.
-- The existing index is kept as it is (no rebuild): every paper already in it is indexed.

CREATE TABLE "PaperSearchState" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
    -- Every paper with "id" <= this is in "PaperSearch"; none above it is.
    "indexedThrough" INTEGER NOT NULL,
    -- Unix seconds. While in the future, a bulk import is running and indexes its own papers.
    "bulkLoadUntil" INTEGER NOT NULL DEFAULT 0
);

INSERT INTO "PaperSearchState" ("id", "indexedThrough", "bulkLoadUntil")
VALUES (1, COALESCE((SELECT MAX("id") FROM "Paper"), 0), 0);

DROP TRIGGER "PaperSearch_paper_insert";
DROP TRIGGER "PaperSearch_paper_update";
DROP TRIGGER "PaperSearch_paper_delete";
DROP TRIGGER "PaperSearch_author_insert";
DROP TRIGGER "PaperSearch_author_update";
DROP TRIGGER "PaperSearch_author_delete";

-- Outside a bulk load: index every paper above the mark (the new one, and any a killed import
-- left behind), then move the mark to the newest paper.
CREATE TRIGGER "PaperSearch_paper_insert" AFTER INSERT ON "Paper"
WHEN (SELECT "bulkLoadUntil" FROM "PaperSearchState") <= unixepoch()
BEGIN
    INSERT INTO "PaperSearch" ("rowid", "title", "abstract", "authors")
    SELECT
        p."id", p."title", p."abstract",
        (SELECT group_concat("name", ' ') FROM (SELECT "name" FROM "PaperAuthor" WHERE "paperId" = p."id" ORDER BY "position"))
    FROM "Paper" p
    WHERE p."id" > (SELECT "indexedThrough" FROM "PaperSearchState");
    UPDATE "PaperSearchState" SET "indexedThrough" = (SELECT MAX("id") FROM "Paper");
END;

-- Only a change to the indexed text of an indexed paper rewrites its row.
CREATE TRIGGER "PaperSearch_paper_update" AFTER UPDATE OF "title", "abstract" ON "Paper"
WHEN NEW."id" <= (SELECT "indexedThrough" FROM "PaperSearchState")
BEGIN
    UPDATE "PaperSearch" SET "title" = NEW."title", "abstract" = NEW."abstract" WHERE "rowid" = NEW."id";
END;

CREATE TRIGGER "PaperSearch_paper_delete" AFTER DELETE ON "Paper"
WHEN OLD."id" <= (SELECT "indexedThrough" FROM "PaperSearchState")
BEGIN
    DELETE FROM "PaperSearch" WHERE "rowid" = OLD."id";
END;

-- Any change to an indexed paper's byline rebuilds its author text, in byline order. A new
-- paper's authors are written before the paper (lib/ingest/write-batch.ts), above the mark:
-- they cost one lookup of the mark each, and the paper is indexed with its whole byline.
CREATE TRIGGER "PaperSearch_author_insert" AFTER INSERT ON "PaperAuthor"
WHEN NEW."paperId" <= (SELECT "indexedThrough" FROM "PaperSearchState")
BEGIN
    UPDATE "PaperSearch"
    SET "authors" = (SELECT group_concat("name", ' ') FROM (SELECT "name" FROM "PaperAuthor" WHERE "paperId" = NEW."paperId" ORDER BY "position"))
    WHERE "rowid" = NEW."paperId";
END;

CREATE TRIGGER "PaperSearch_author_update" AFTER UPDATE ON "PaperAuthor"
WHEN MIN(OLD."paperId", NEW."paperId") <= (SELECT "indexedThrough" FROM "PaperSearchState")
BEGIN
    UPDATE "PaperSearch"
    SET "authors" = (SELECT group_concat("name", ' ') FROM (SELECT "name" FROM "PaperAuthor" WHERE "paperId" = OLD."paperId" ORDER BY "position"))
    WHERE "rowid" = OLD."paperId";
    UPDATE "PaperSearch"
    SET "authors" = (SELECT group_concat("name", ' ') FROM (SELECT "name" FROM "PaperAuthor" WHERE "paperId" = NEW."paperId" ORDER BY "position"))
    WHERE "rowid" = NEW."paperId" AND NEW."paperId" <> OLD."paperId";
END;

CREATE TRIGGER "PaperSearch_author_delete" AFTER DELETE ON "PaperAuthor"
WHEN OLD."paperId" <= (SELECT "indexedThrough" FROM "PaperSearchState")
BEGIN
    UPDATE "PaperSearch"
    SET "authors" = (SELECT group_concat("name", ' ') FROM (SELECT "name" FROM "PaperAuthor" WHERE "paperId" = OLD."paperId" ORDER BY "position"))
    WHERE "rowid" = OLD."paperId";
END;

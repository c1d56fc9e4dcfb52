-- Full-text search over titles, abstracts and author names (lib/search/). Hand-written: Prisma
-- does not model FTS5, so prisma.config.ts lists "PaperSearch" and its shadow tables as external
-- and `migrate dev` sees no drift. The index is kept in sync by the database itself (the triggers
-- below), so every writer, Prisma or raw SQL (lib/ingest), updates it without knowing it exists.
-- https://www.sqlite.org/fts5.html

-- rowid = "Paper"."id". The text is stored in the index (not external content) because "authors"
-- is not a column of "Paper", and snippet()/highlight() need the original text.
-- porter: "embeddings" finds "embedding"; remove_diacritics 2: "Schrodinger" finds "Schrödinger".
CREATE VIRTUAL TABLE "PaperSearch" USING fts5(
    "title",
    "abstract",
    "authors",
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- A paper enters the index when it is created; its authors, written right after, are added by
-- the "PaperAuthor" triggers.
CREATE TRIGGER "PaperSearch_paper_insert" AFTER INSERT ON "Paper" BEGIN
    INSERT INTO "PaperSearch" ("rowid", "title", "abstract", "authors")
    VALUES (
        NEW."id", NEW."title", NEW."abstract",
        (SELECT group_concat("name", ' ') FROM (SELECT "name" FROM "PaperAuthor" WHERE "paperId" = NEW."id" ORDER BY "position"))
    );
END;

-- Only a change to the indexed text rewrites the row (upvote and listing updates do not).
CREATE TRIGGER "PaperSearch_paper_update" AFTER UPDATE OF "title", "abstract" ON "Paper" BEGIN
    UPDATE "PaperSearch" SET "title" = NEW."title", "abstract" = NEW."abstract" WHERE "rowid" = NEW."id";
END;

CREATE TRIGGER "PaperSearch_paper_delete" AFTER DELETE ON "Paper" BEGIN
    DELETE FROM "PaperSearch" WHERE "rowid" = OLD."id";
END;

-- Any change to a byline rebuilds that paper's author text, in byline order. When a paper is
-- deleted, the cascade's author deletes find no index row and change nothing.
CREATE TRIGGER "PaperSearch_author_insert" AFTER INSERT ON "PaperAuthor" BEGIN
    UPDATE "PaperSearch"
    SET "authors" = (SELECT group_concat("name", ' ') FROM (SELECT "name" FROM "PaperAuthor" WHERE "paperId" = NEW."paperId" ORDER BY "position"))
    WHERE "rowid" = NEW."paperId";
END;

CREATE TRIGGER "PaperSearch_author_update" AFTER UPDATE ON "PaperAuthor" BEGIN
    UPDATE "PaperSearch"
    SET "authors" = (SELECT group_concat("name", ' ') FROM (SELECT "name" FROM "PaperAuthor" WHERE "paperId" = OLD."paperId" ORDER BY "position"))
    WHERE "rowid" = OLD."paperId";
    UPDATE "PaperSearch"
    SET "authors" = (SELECT group_concat("name", ' ') FROM (SELECT "name" FROM "PaperAuthor" WHERE "paperId" = NEW."paperId" ORDER BY "position"))
    WHERE "rowid" = NEW."paperId" AND NEW."paperId" <> OLD."paperId";
END;

CREATE TRIGGER "PaperSearch_author_delete" AFTER DELETE ON "PaperAuthor" BEGIN
    UPDATE "PaperSearch"
    SET "authors" = (SELECT group_concat("name", ' ') FROM (SELECT "name" FROM "PaperAuthor" WHERE "paperId" = OLD."paperId" ORDER BY "position"))
    WHERE "rowid" = OLD."paperId";
END;

-- Backfill the papers that already exist.
INSERT INTO "PaperSearch" ("rowid", "title", "abstract", "authors")
SELECT
    "Paper"."id", "Paper"."title", "Paper"."abstract",
    (SELECT group_concat("name", ' ') FROM (SELECT "name" FROM "PaperAuthor" WHERE "paperId" = "Paper"."id" ORDER BY "position"))
FROM "Paper";

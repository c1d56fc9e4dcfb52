-- Full-text search over titles, abstracts and author names (lib/search/). Hand-written: Prisma
-- does not model tsvector. The document lives in its own table rather than a column of "Paper"
-- (an unknown column would make `migrate dev` generate a DROP COLUMN); prisma.config.ts lists it
-- as external, so `migrate dev` sees no drift. The database keeps it in sync itself (the triggers
-- below), so every writer, Prisma or raw SQL (lib/ingest), updates it without knowing it exists.
-- https://www.postgresql.org/docs/current/textsearch-tables.html

CREATE TABLE "PaperSearch" (
    "paperId" INTEGER NOT NULL,
    "document" TSVECTOR NOT NULL,

    CONSTRAINT "PaperSearch_pkey" PRIMARY KEY ("paperId"),
    -- Deleting a paper deletes its document: no trigger needed for that.
    CONSTRAINT "PaperSearch_paperId_fkey" FOREIGN KEY ("paperId") REFERENCES "Paper"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

CREATE INDEX "PaperSearch_document_idx" ON "PaperSearch" USING GIN ("document");

-- Rebuilds the documents of the given papers. Weights rank a match in the title (A) above one in
-- the byline (B) above one in the abstract (C). A paper that no longer exists is skipped.
CREATE FUNCTION "paper_search_refresh"("paper_ids" INTEGER[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO "PaperSearch" ("paperId", "document")
    SELECT
        p."id",
        setweight(to_tsvector('english', p."title"), 'A')
            || setweight(to_tsvector('english', coalesce(a."names", '')), 'B')
            || setweight(to_tsvector('english', p."abstract"), 'C')
    FROM "Paper" p
    LEFT JOIN LATERAL (
        SELECT string_agg("name", ' ' ORDER BY "position") AS "names" FROM "PaperAuthor" WHERE "paperId" = p."id"
    ) a ON true
    WHERE p."id" = ANY("paper_ids")
    ON CONFLICT ("paperId") DO UPDATE SET "document" = EXCLUDED."document";
$$;

-- Statement-level triggers with transition tables: a bulk import of N papers and their authors
-- rebuilds each document once per statement, not once per author row.
CREATE FUNCTION "paper_search_on_paper_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "paper_search_refresh"(ARRAY(SELECT "id" FROM "new_rows"));
    RETURN NULL;
END;
$$;

-- Only a change to the indexed text rebuilds a document (upvote updates do not).
CREATE FUNCTION "paper_search_on_paper_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "paper_search_refresh"(ARRAY(
        SELECT n."id" FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id"
        WHERE n."title" IS DISTINCT FROM o."title" OR n."abstract" IS DISTINCT FROM o."abstract"
    ));
    RETURN NULL;
END;
$$;

CREATE FUNCTION "paper_search_on_author_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "paper_search_refresh"(ARRAY(SELECT DISTINCT "paperId" FROM "new_rows"));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM "paper_search_refresh"(ARRAY(SELECT DISTINCT "paperId" FROM "old_rows"));
    ELSE
        PERFORM "paper_search_refresh"(ARRAY(SELECT "paperId" FROM "new_rows" UNION SELECT "paperId" FROM "old_rows"));
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER "PaperSearch_paper_insert" AFTER INSERT ON "Paper"
    REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "paper_search_on_paper_insert"();
CREATE TRIGGER "PaperSearch_paper_update" AFTER UPDATE ON "Paper"
    REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "paper_search_on_paper_update"();
CREATE TRIGGER "PaperSearch_author_insert" AFTER INSERT ON "PaperAuthor"
    REFERENCING NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "paper_search_on_author_change"();
CREATE TRIGGER "PaperSearch_author_update" AFTER UPDATE ON "PaperAuthor"
    REFERENCING OLD TABLE AS "old_rows" NEW TABLE AS "new_rows" FOR EACH STATEMENT EXECUTE FUNCTION "paper_search_on_author_change"();
CREATE TRIGGER "PaperSearch_author_delete" AFTER DELETE ON "PaperAuthor"
    REFERENCING OLD TABLE AS "old_rows" FOR EACH STATEMENT EXECUTE FUNCTION "paper_search_on_author_change"();

-- Backfill the papers that already exist.
SELECT "paper_search_refresh"(ARRAY(SELECT "id" FROM "Paper"));

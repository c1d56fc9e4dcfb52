-- Search documents of a bulk import are built once, set-based, after its papers are written
-- (docs/decisions/024-postgresql-search-and-import-at-scale.md). An import session sets
-- daily_papers.defer_search = on; the triggers then only note which papers changed, in the same
-- transaction as the change, and the importer (lib/ingest/store/postgres-search-queue.ts)
-- rebuilds those documents when its load ends. A killed import leaves its notes here, so the next
-- import finishes them. Every other writer (the app, the seed, tests) leaves the setting unset and
-- keeps the immediate rebuild of the search migration.

CREATE TABLE "PaperSearchQueue" (
    "paperId" INTEGER NOT NULL,

    CONSTRAINT "PaperSearchQueue_pkey" PRIMARY KEY ("paperId")
);

CREATE FUNCTION "paper_search_touch"("paper_ids" INTEGER[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('daily_papers.defer_search', true), '') = 'on' THEN
        INSERT INTO "PaperSearchQueue" ("paperId") SELECT DISTINCT unnest("paper_ids") ON CONFLICT DO NOTHING;
    ELSE
        PERFORM "paper_search_refresh"("paper_ids");
    END IF;
END;
$$;

CREATE OR REPLACE FUNCTION "paper_search_on_paper_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "paper_search_touch"(ARRAY(SELECT "id" FROM "new_rows"));
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "paper_search_on_paper_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM "paper_search_touch"(ARRAY(
        SELECT n."id" FROM "new_rows" n JOIN "old_rows" o ON o."id" = n."id"
        WHERE n."title" IS DISTINCT FROM o."title" OR n."abstract" IS DISTINCT FROM o."abstract"
    ));
    RETURN NULL;
END;
$$;

CREATE OR REPLACE FUNCTION "paper_search_on_author_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM "paper_search_touch"(ARRAY(SELECT DISTINCT "paperId" FROM "new_rows"));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM "paper_search_touch"(ARRAY(SELECT DISTINCT "paperId" FROM "old_rows"));
    ELSE
        PERFORM "paper_search_touch"(ARRAY(SELECT "paperId" FROM "new_rows" UNION SELECT "paperId" FROM "old_rows"));
    END IF;
    RETURN NULL;
END;
$$;

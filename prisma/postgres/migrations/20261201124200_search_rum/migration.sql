-- Ranked search served from the index (docs/decisions/024-postgresql-search-and-import-at-scale.md):
-- a RUM index keeps each lexeme's positions in the index, so `ORDER BY document <=> query LIMIT n`
-- needs no heap visit or detoasted tsvector per match. RUM is an extension (Debian:
-- postgresql-15-rum, installed by .ci/run), so this migration only creates it where the server
-- has it and the role may create it; elsewhere it notes why and search ranks the newest matches
-- with ts_rank (lib/search/postgres-ranking.ts). An import (lib/ingest/store/postgres-search-queue.ts)
-- creates the index later if the extension appears. Where RUM is, it replaces the GIN index: it
-- answers `@@` as well, and with both the planner preferred GIN's bitmap scan, which fetches and
-- sorts every match (measured at 100k papers: 25 ms against 18 ms for 1,840 matches, 4,196 against 183 buffers).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum') THEN
        RAISE NOTICE 'search: the rum extension is not installed on this server; search ranks the newest matches only (docs/decisions/024)';
        RETURN;
    END IF;
    CREATE EXTENSION IF NOT EXISTS rum;
    CREATE INDEX IF NOT EXISTS "PaperSearch_document_rum_idx" ON "PaperSearch" USING rum ("document" rum_tsvector_ops);
    DROP INDEX IF EXISTS "PaperSearch_document_idx";
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'search: not allowed to create the rum extension (%); search ranks the newest matches only (docs/decisions/024)', SQLERRM;
END;
$$;

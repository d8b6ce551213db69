-- The most recently ingested documents with their metadata and claim counts (the Overview's "latest documents").
-- params: limit=10
WITH d AS (
    SELECT doc_id, name, title, outlet, pub_date, chars, ingested_at, claims
    FROM documents ORDER BY ingested_at DESC, name LIMIT $limit
)
-- claims: counted when the database file was built (rejected claims left out)
SELECT d.doc_id, d.name, d.title, d.outlet, d.pub_date, d.chars, d.ingested_at,
       coalesce(d.claims, 0)::BIGINT AS claims
FROM d
ORDER BY d.ingested_at DESC, d.name;

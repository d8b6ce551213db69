-- The most recently ingested documents with their metadata and claim counts (the Overview's "latest documents").
-- params: limit=10
WITH d AS (
    SELECT doc_id, name, title, outlet, pub_date, chars, ingested_at
    FROM documents ORDER BY ingested_at DESC, name LIMIT $limit
)
SELECT d.doc_id, d.name, d.title, d.outlet, d.pub_date, d.chars, d.ingested_at,
       (SELECT count(*) FROM claims_v c WHERE c.doc_id = d.doc_id) AS claims
FROM d
ORDER BY d.ingested_at DESC, d.name;

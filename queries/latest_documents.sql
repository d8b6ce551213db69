-- The most recently ingested documents with their metadata and claim counts (the Overview's "latest documents").
-- params: limit=10
WITH d AS (
    SELECT doc_id, name, title, outlet, pub_date, chars, ingested_at
    FROM documents ORDER BY ingested_at DESC, name LIMIT $limit
),
c AS (SELECT doc_id, count(*) AS claims FROM claims_v WHERE doc_id IN (SELECT doc_id FROM d) GROUP BY doc_id)
SELECT d.doc_id, d.name, d.title, d.outlet, d.pub_date, d.chars, d.ingested_at,
       coalesce(c.claims, 0) AS claims
FROM d LEFT JOIN c USING (doc_id)
ORDER BY d.ingested_at DESC, d.name;

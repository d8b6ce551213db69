-- The documents that make claims about one zone, with how many claims each makes about it.
-- params: zone=NULL limit=500
WITH c AS (
    SELECT doc_id, count(*) AS claims FROM claims_v WHERE zone_id = $zone GROUP BY doc_id
)
SELECT d.doc_id, d.name, d.title, d.outlet, d.pub_date, d.chars, c.claims
FROM c JOIN documents d USING (doc_id)
ORDER BY c.claims DESC, d.name
LIMIT $limit;

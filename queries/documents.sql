-- Documents with their metadata and claim counts, optionally those about one zone or matching a title/name search.
-- params: zone=NULL q=NULL limit=NULL offset=0
WITH c AS (
    SELECT doc_id, count(*) AS claims, count(DISTINCT zone_id) AS zones,
           bool_or($zone IS NOT NULL AND zone_id = $zone) AS about_zone
    FROM claims_v GROUP BY doc_id
)
SELECT d.doc_id, d.name, d.path, d.title, d.outlet, d.pub_date, d.url, d.default_zone,
       d.default_period, d.encoding, d.chars, d.bytes,
       coalesce(c.claims, 0) AS claims, coalesce(c.zones, 0) AS zones,
       d.ingested_at, d.pipeline_version
FROM documents d LEFT JOIN c USING (doc_id)
WHERE ($zone IS NULL OR coalesce(c.about_zone, false))
  AND ($q IS NULL OR contains(d.name, $q) OR contains(coalesce(d.title, ''), $q))
ORDER BY d.name, d.doc_id
LIMIT $limit OFFSET $offset;

-- Documents with their metadata and claim counts, optionally those about one zone or matching a title/name search.
-- params: zone=NULL q=NULL limit=NULL offset=0
-- claims/zones: counted when the database file was built (rejected claims left out).
SELECT d.doc_id, d.name, d.path, d.title, d.outlet, d.pub_date, d.url, d.default_zone,
       d.default_period, d.encoding, d.chars, d.bytes,
       coalesce(d.claims, 0) AS claims, coalesce(d.zones, 0) AS zones,
       d.ingested_at, d.pipeline_version
FROM documents d
WHERE ($zone IS NULL OR d.doc_id IN (SELECT doc_id FROM claims_v WHERE zone_id = $zone))
  AND ($q IS NULL OR contains(d.name, $q) OR contains(coalesce(d.title, ''), $q))
ORDER BY d.name, d.doc_id
LIMIT $limit OFFSET $offset;

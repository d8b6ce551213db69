-- Headline tiles: documents, zones, claims, indicators, and the share of claims an analyst has reviewed.
SELECT (SELECT count(*) FROM documents) AS documents,
       (SELECT count(DISTINCT zone_id) FROM claims_v WHERE zone_id IS NOT NULL) AS zones,
       (SELECT count(*) FROM claims_v) AS claims,
       (SELECT count(DISTINCT indicator) FROM claims_v) AS indicators,
       (SELECT count(*) FROM claims_all WHERE review IS NOT NULL) AS reviewed,
       (SELECT count(*) FROM claims_all WHERE rejected) AS rejected,
       (SELECT CASE WHEN count(*) = 0 THEN 0.0 ELSE avg((review IS NOT NULL)::INT) END FROM claims_all) AS reviewed_share,
       (SELECT max(ingested_at) FROM documents) AS last_ingest;

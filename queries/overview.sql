-- Headline tiles: documents, zones, claims, indicators, and the share of claims an analyst has reviewed.
-- Zones, claims and indicators from the claim summary (rejected claims left out); reviews from the reviewed claims.
SELECT (SELECT count(*) FROM documents) AS documents,
       (SELECT count(DISTINCT zone_id) FROM claim_cells WHERE zone_id IS NOT NULL) AS zones,
       (SELECT coalesce(sum(claims), 0)::BIGINT FROM claim_cells) AS claims,
       (SELECT count(DISTINCT indicator) FROM claim_cells) AS indicators,
       (SELECT count(*) FROM claims WHERE review IS NOT NULL) AS reviewed,
       (SELECT count(*) FROM claims WHERE rejected) AS rejected,
       (SELECT CASE WHEN count(*) = 0 THEN 0.0
                    ELSE (SELECT count(*) FROM claims WHERE review IS NOT NULL) / count(*) END
        FROM claims) AS reviewed_share,
       (SELECT max(ingested_at) FROM documents) AS last_ingest;

-- Zones with their claim, document and indicator counts (registry zones with no claims too).
-- params: family=NULL period=NULL
-- Claims and indicators from the claim summary; documents from the zone × document summary,
-- or, under a family or period filter, counted from the claims.
WITH s AS (
    SELECT zone_id, sum(claims)::BIGINT AS claims, count(DISTINCT indicator) AS indicators
    FROM claim_cells
    WHERE zone_id IS NOT NULL
      AND ($family IS NULL OR family = $family)
      AND ($period IS NULL OR period = $period)
    GROUP BY zone_id
),
d AS (
    SELECT zone_id, count(*) AS documents FROM zone_docs
    WHERE $family IS NULL AND $period IS NULL AND zone_id IS NOT NULL GROUP BY zone_id
    UNION ALL
    SELECT zone_id, count(DISTINCT doc_id) AS documents
    FROM claims_v
    WHERE ($family IS NOT NULL OR $period IS NOT NULL) AND zone_id IS NOT NULL
      AND ($family IS NULL OR family = $family)
      AND ($period IS NULL OR period = $period)
    GROUP BY zone_id
),
c AS (SELECT s.zone_id, s.claims, d.documents, s.indicators FROM s LEFT JOIN d USING (zone_id))
SELECT z.zone_id, coalesce(z.name, z.zone_id) AS zone, z.place, z.type, z.city, z.province,
       z.en, coalesce(z.provisional, false) AS provisional, z.source,
       coalesce(c.claims, 0) AS claims, coalesce(c.documents, 0) AS documents,
       coalesce(c.indicators, 0) AS indicators
FROM zones z LEFT JOIN c USING (zone_id)
ORDER BY claims DESC, zone;

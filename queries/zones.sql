-- Zones with their claim, document and indicator counts (registry zones with no claims too).
-- params: family=NULL period=NULL
WITH c AS (
    SELECT zone_id, count(*) AS claims, count(DISTINCT doc_id) AS documents,
           count(DISTINCT indicator) AS indicators
    FROM claims_v
    WHERE zone_id IS NOT NULL
      AND ($family IS NULL OR family = $family)
      AND ($period IS NULL OR period = $period)
    GROUP BY zone_id
)
SELECT z.zone_id, coalesce(z.name, z.zone_id) AS zone, z.place, z.type, z.city, z.province,
       z.en, coalesce(z.provisional, false) AS provisional, z.source,
       coalesce(c.claims, 0) AS claims, coalesce(c.documents, 0) AS documents,
       coalesce(c.indicators, 0) AS indicators
FROM zones z LEFT JOIN c USING (zone_id)
ORDER BY claims DESC, zone;

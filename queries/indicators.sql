-- Indicators with labels, better direction, and how many claims, zones and documents speak of each.
-- params: family=NULL zone=NULL
WITH c AS (
    SELECT indicator, count(*) AS claims, count(DISTINCT zone_id) AS zones,
           count(DISTINCT doc_id) AS documents,
           string_agg(DISTINCT unit, ',' ORDER BY unit) AS units
    FROM claims_v
    WHERE ($zone IS NULL OR zone_id = $zone)
    GROUP BY indicator
)
SELECT i.indicator, i.family, coalesce(i.zh, i.indicator) AS zh, coalesce(i.en, i.indicator) AS en,
       i.unit, coalesce(i.direction, 'higher') AS direction, i.framework, i.source,
       coalesce(c.claims, 0) AS claims, coalesce(c.zones, 0) AS zones,
       coalesce(c.documents, 0) AS documents, c.units
FROM indicators i LEFT JOIN c USING (indicator)
WHERE ($family IS NULL OR i.family = $family)
  AND ($zone IS NULL OR c.claims > 0)
ORDER BY claims DESC, i.family, i.indicator;

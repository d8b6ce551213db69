-- Coverage: claims per zone × indicator (long form, one row per pair with claims), with the family.
-- params: family=NULL period=NULL
-- Read from the claim summary written with the file (rejected claims left out); zone names
-- are joined to the pairs, after the summary's rows are summed.
WITH c AS (
    SELECT zone_id, indicator, any_value(zone) AS zone, any_value(family) AS family,
           sum(claims)::BIGINT AS claims
    FROM claim_cells
    WHERE zone_id IS NOT NULL
      AND ($family IS NULL OR family = $family)
      AND ($period IS NULL OR period = $period)
    GROUP BY zone_id, indicator
)
SELECT c.zone_id, coalesce(z.name, c.zone, c.zone_id) AS zone, c.indicator, c.family, c.claims
FROM c LEFT JOIN (SELECT zone_id, any_value(name) AS name FROM zones GROUP BY zone_id) z USING (zone_id)
ORDER BY c.zone_id, c.indicator;

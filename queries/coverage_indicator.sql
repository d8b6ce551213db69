-- Coverage: claims per zone × indicator (long form, one row per pair with claims), with the family.
-- params: family=NULL period=NULL
-- Read from the claim summary written with the file (rejected claims left out).
SELECT c.zone_id, coalesce(any_value(z.name), any_value(c.zone), c.zone_id) AS zone,
       c.indicator, any_value(c.family) AS family,
       sum(c.claims)::BIGINT AS claims
FROM claim_cells c LEFT JOIN zones z ON z.zone_id = c.zone_id
WHERE c.zone_id IS NOT NULL
  AND ($family IS NULL OR c.family = $family)
  AND ($period IS NULL OR c.period = $period)
GROUP BY c.zone_id, c.indicator
ORDER BY c.zone_id, c.indicator;

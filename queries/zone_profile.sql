-- One zone's claims, each beside the median of all zones on the same indicator and unit, and whether it beats it.
-- params: zone=NULL period=NULL limit=1000 offset=0
-- all_median: median over zones of each zone's median claim; zones: how many zones have that indicator in that unit.
-- Zones' medians come from the medians summary written with the file. One page at a time
-- (a zone can have tens of thousands of claims): limit=NULL for all of them.
WITH per_zone AS (
    SELECT zone_id, indicator, unit, median AS v
    FROM claim_medians
    WHERE CASE WHEN $period IS NULL THEN all_periods ELSE NOT all_periods AND period = $period END
      AND indicator IN (SELECT indicator FROM claim_cells WHERE zone_id = $zone)
),
across AS (
    SELECT indicator, unit, median(v) AS all_median, count(*) AS zones
    FROM per_zone GROUP BY indicator, unit
)
SELECT c.claim_id, c.zone_id, c.zone, c.family, c.indicator,
       coalesce(i.zh, c.indicator) AS zh, coalesce(i.en, c.indicator) AS en,
       c.value, c.unit, c.value_before, c.unit_before, c.qualifier, c.period,
       a.all_median, a.zones, coalesce(i.direction, 'higher') AS direction,
       CASE WHEN a.zones < 2 OR c.value = a.all_median THEN NULL
            WHEN coalesce(i.direction, 'higher') = 'lower' THEN c.value < a.all_median
            ELSE c.value > a.all_median END AS better_than_median,
       c.doc, c.doc_id, c.start, c."end", c.evidence, c.review
FROM claims_v c
JOIN across a ON a.indicator = c.indicator AND a.unit = c.unit
LEFT JOIN indicators i ON i.indicator = c.indicator
WHERE c.zone_id = $zone AND ($period IS NULL OR c.period = $period)
ORDER BY c.family, c.indicator, c.period NULLS LAST, c.doc, c.start, c.seq
LIMIT $limit OFFSET $offset;

-- Every zone's median claim per indicator and unit, as zone_medians answers it, computed by ranking the values (bounded memory on a large store).
-- params: period=NULL
-- Same rows and columns as zone_medians. median() keeps every group's values in memory at once;
-- here a window ranks the values and the middle one (the mean of the middle two for an even
-- count) is the median, so a reader with a small memory_limit spills instead of failing.
WITH r AS (
    SELECT zone_id, indicator, unit, family, value,
           row_number() OVER (PARTITION BY zone_id, indicator, unit ORDER BY value) AS rn,
           count(*) OVER (PARTITION BY zone_id, indicator, unit) AS n
    FROM claims_v
    WHERE zone_id IS NOT NULL AND value IS NOT NULL AND ($period IS NULL OR period = $period)
),
m AS (
    SELECT zone_id, indicator, unit, any_value(family) AS family,
           avg(value) FILTER (WHERE rn = (n + 1) // 2 OR rn = n // 2 + 1) AS value, max(n) AS claims
    FROM r
    GROUP BY zone_id, indicator, unit
)
SELECT m.zone_id, m.indicator, m.unit, m.value, m.claims,
       coalesce(i.zh, m.indicator) AS zh, coalesce(i.en, i.zh, m.indicator) AS en,
       coalesce(i.family, m.family) AS family, coalesce(i.direction, 'higher') AS direction
FROM m LEFT JOIN indicators i USING (indicator)
ORDER BY m.zone_id, m.indicator, m.unit;

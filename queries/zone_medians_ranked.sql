-- Every zone's median claim per indicator and unit, as zone_medians answers it, computed by ranking the values (bounded memory on a large store).
-- params: period=NULL
-- Same rows and columns as zone_medians. median() keeps every group's values in memory at once;
-- here each zone × indicator × unit group gets a number, a window ranks the values within it
-- (a sort on two numbers, which spills), and the middle value (the mean of the middle two for
-- an even count) is the median.
WITH g AS (
    SELECT zone_id, indicator, unit, any_value(family) AS family, count(*) AS n,
           row_number() OVER () AS gid
    FROM claims_v
    WHERE zone_id IS NOT NULL AND value IS NOT NULL AND ($period IS NULL OR period = $period)
    GROUP BY zone_id, indicator, unit
),
r AS (
    SELECT g.gid, c.value, row_number() OVER (PARTITION BY g.gid ORDER BY c.value) AS rn
    FROM claims_v c JOIN g USING (zone_id, indicator, unit)
    WHERE c.value IS NOT NULL AND ($period IS NULL OR c.period = $period)
),
m AS (
    SELECT g.zone_id, g.indicator, g.unit, any_value(g.family) AS family, avg(r.value) AS value,
           any_value(g.n) AS claims
    FROM r JOIN g USING (gid)
    WHERE r.rn = (g.n + 1) // 2 OR r.rn = g.n // 2 + 1
    GROUP BY g.zone_id, g.indicator, g.unit
)
SELECT m.zone_id, m.indicator, m.unit, m.value, m.claims,
       coalesce(i.zh, m.indicator) AS zh, coalesce(i.en, i.zh, m.indicator) AS en,
       coalesce(i.family, m.family) AS family, coalesce(i.direction, 'higher') AS direction
FROM m LEFT JOIN indicators i USING (indicator)
ORDER BY m.zone_id, m.indicator, m.unit;

-- Every zone's median claim per indicator and unit, with the indicator's names and direction: a zone's figures beside the median of all zones.
-- params: period=NULL
-- One row per zone × indicator × unit; the median of all zones is the median of these rows (Zone profile).
SELECT m.zone_id, m.indicator, m.unit, m.value, m.claims,
       coalesce(i.zh, m.indicator) AS zh, coalesce(i.en, i.zh, m.indicator) AS en,
       coalesce(i.family, m.family) AS family, coalesce(i.direction, 'higher') AS direction
FROM (
    SELECT zone_id, indicator, unit, any_value(family) AS family, median(value) AS value, count(*) AS claims
    FROM claims_v
    WHERE zone_id IS NOT NULL AND value IS NOT NULL AND ($period IS NULL OR period = $period)
    GROUP BY zone_id, indicator, unit
) m LEFT JOIN indicators i USING (indicator)
ORDER BY m.zone_id, m.indicator, m.unit;

-- Every zone's median claim per indicator and unit, with the indicator's names and direction: a zone's figures beside the median of all zones.
-- params: period=NULL
-- One row per zone × indicator × unit; the median of all zones is the median of these rows (Zone profile).
SELECT m.zone_id, m.indicator, m.unit, m.value, m.claims,
       coalesce(i.zh, m.indicator) AS zh, coalesce(i.en, i.zh, m.indicator) AS en,
       coalesce(i.family, m.family) AS family, coalesce(i.direction, 'higher') AS direction
FROM (
    -- the medians summary written with the file: every period's row, or that period's
    SELECT zone_id, indicator, unit, family, median AS value, n_values AS claims
    FROM claim_medians
    WHERE n_values > 0
      AND CASE WHEN $period IS NULL THEN all_periods ELSE NOT all_periods AND period = $period END
) m LEFT JOIN indicators i USING (indicator)
ORDER BY m.zone_id, m.indicator, m.unit;

-- Zones ranked on one indicator, best first in the indicator's direction; a separate ranking per unit (working_day and day never mixed).
-- params: indicator=NULL period=NULL unit=NULL
-- value is the median of a zone's claims on the indicator in that unit; best is its min (lower is better) or max.
WITH ind AS (
    SELECT coalesce(any_value(direction), 'higher') AS direction, any_value(zh) AS zh, any_value(en) AS en
    FROM indicators WHERE indicator = $indicator
),
per_zone AS (  -- from the medians summary written with the file
    SELECT zone_id, unit, median AS value, min AS min_value, max AS max_value,
           claims, coalesce(documents, 0) AS documents, periods, zone AS zone_name
    FROM claim_medians
    WHERE indicator = $indicator
      AND CASE WHEN $period IS NULL THEN all_periods ELSE NOT all_periods AND period = $period END
      AND ($unit IS NULL OR unit = $unit)
)
SELECT p.unit,
       rank() OVER (PARTITION BY p.unit ORDER BY CASE WHEN ind.direction = 'lower' THEN p.value ELSE -p.value END) AS rank,
       p.zone_id, coalesce(z.name, p.zone_name, p.zone_id) AS zone, z.place,
       p.value,
       CASE WHEN ind.direction = 'lower' THEN p.min_value ELSE p.max_value END AS best,
       p.min_value, p.max_value, p.claims, p.documents, p.periods,
       $indicator AS indicator, ind.zh, ind.en, ind.direction,
       count(*) OVER (PARTITION BY p.unit) AS zones_in_unit
FROM per_zone p
CROSS JOIN ind
LEFT JOIN zones z ON z.zone_id = p.zone_id
ORDER BY zones_in_unit DESC, p.unit, rank, zone;

-- Zones ranked on one indicator, best first in the indicator's direction; a separate ranking per unit (working_day and day never mixed).
-- params: indicator=NULL period=NULL unit=NULL
-- value is the median of a zone's claims on the indicator in that unit; best is its min (lower is better) or max.
WITH ind AS (
    SELECT coalesce(any_value(direction), 'higher') AS direction, any_value(zh) AS zh, any_value(en) AS en
    FROM indicators WHERE indicator = $indicator
),
docs AS (  -- documents per zone and unit: the one figure counted from the claims
    SELECT zone_id, unit, count(DISTINCT doc_no) AS documents  -- doc_no: one per doc_id, and an integer
    FROM claims_v
    WHERE indicator = $indicator AND zone_id IS NOT NULL
      AND ($period IS NULL OR period = $period)
      AND ($unit IS NULL OR unit = $unit)
    GROUP BY zone_id, unit
),
per_zone AS (  -- the rest from the medians summary written with the file
    SELECT m.zone_id, m.unit, m.median AS value, m.min AS min_value, m.max AS max_value,
           m.claims, coalesce(d.documents, 0) AS documents, m.periods, m.zone AS zone_name
    FROM claim_medians m LEFT JOIN docs d ON d.zone_id = m.zone_id AND d.unit IS NOT DISTINCT FROM m.unit
    WHERE m.indicator = $indicator
      AND CASE WHEN $period IS NULL THEN m.all_periods ELSE NOT m.all_periods AND m.period = $period END
      AND ($unit IS NULL OR m.unit = $unit)
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

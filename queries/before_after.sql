-- Before/after pairs ("from 60 to 20 working days") with the cut in percent where both sides share a unit.
-- params: zone=NULL indicator=NULL family=NULL period=NULL limit=NULL offset=0
SELECT claim_id, zone_id, zone, family, indicator,
       value_before, unit_before, value, unit,
       CASE WHEN unit_before = unit AND value_before > 0
            THEN round(100.0 * (value_before - value) / value_before, 2) END AS cut_pct,
       qualifier, period, doc, doc_id, start, "end", evidence, review
FROM claims_v
WHERE value_before IS NOT NULL
  AND ($zone IS NULL OR zone_id = $zone)
  AND ($indicator IS NULL OR indicator = $indicator)
  AND ($family IS NULL OR family = $family)
  AND ($period IS NULL OR period = $period)
ORDER BY cut_pct DESC NULLS LAST, zone_id, indicator, doc_id, start
LIMIT $limit OFFSET $offset;

-- Before/after pairs ("from 60 to 20 working days") with the cut in percent where both sides share a unit.
-- params: zone=NULL indicator=NULL family=NULL period=NULL limit=NULL offset=0
-- Read from the pairs summary written with the file: these claims, reviews applied, cut and order precomputed.
-- With no filter a page is a range of ranks (1, 2, ... without gaps), read without sorting the rest.
SELECT claim_id, zone_id, zone, family, indicator,
       value_before, unit_before, value, unit, cut_pct,
       qualifier, period, doc, doc_id, start, "end", evidence, review
FROM (
    SELECT * FROM claim_pairs
    WHERE $zone IS NULL AND $indicator IS NULL AND $family IS NULL AND $period IS NULL
      AND rank > $offset AND ($limit IS NULL OR rank <= $offset + $limit)
    UNION ALL
    SELECT * FROM (
        SELECT * FROM claim_pairs
        WHERE NOT ($zone IS NULL AND $indicator IS NULL AND $family IS NULL AND $period IS NULL)
          AND ($zone IS NULL OR zone_id = $zone)
          AND ($indicator IS NULL OR indicator = $indicator)
          AND ($family IS NULL OR family = $family)
          AND ($period IS NULL OR period = $period)
        ORDER BY rank
        LIMIT $limit OFFSET $offset)
)
ORDER BY rank;  -- cut_pct DESC NULLS LAST, zone_id, indicator, doc_id, start

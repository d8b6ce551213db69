-- Before/after pairs ("from 60 to 20 working days") with the cut in percent where both sides share a unit.
-- params: zone=NULL indicator=NULL family=NULL period=NULL limit=NULL offset=0
-- The page is chosen in the pairs summary written with the file (sort keys and cut only), then its claims are read.
WITH page AS (
    SELECT seq, cut_pct, zone_id, indicator, doc_id, start
    FROM claim_pairs
    WHERE ($zone IS NULL OR zone_id = $zone)
      AND ($indicator IS NULL OR indicator = $indicator)
      AND ($family IS NULL OR family = $family)
      AND ($period IS NULL OR period = $period)
    ORDER BY cut_pct DESC NULLS LAST, zone_id, indicator, doc_id, start, seq
    LIMIT $limit OFFSET $offset
)
SELECT c.claim_id, c.zone_id, c.zone, c.family, c.indicator,
       c.value_before, c.unit_before, c.value, c.unit, p.cut_pct,
       c.qualifier, c.period, c.doc, c.doc_id, c.start, c."end", c.evidence, c.review
FROM page p JOIN claims_v c ON c.seq = p.seq
ORDER BY p.cut_pct DESC NULLS LAST, p.zone_id, p.indicator, p.doc_id, p.start, p.seq;

-- Before -> after pairs of durations ("from 60 to 20 working days"): per zone, procedure (indicator) and unit, the pair with the shortest after-value, with the cut in %.
-- params: indicator=NULL zone=NULL period=NULL doc=NULL limit=200
-- Only pairs stated in one unit: a cut from months to working days has no honest percentage.
WITH c AS (
    SELECT * FROM claims_v
    WHERE family = 'duration' AND value_before IS NOT NULL AND zone_id IS NOT NULL
      AND coalesce(unit_before, unit) = unit AND value_before > 0
      AND ($indicator IS NULL OR indicator = $indicator)
      AND ($zone IS NULL OR zone_id = $zone)
      AND ($period IS NULL OR period = $period)
      AND ($doc IS NULL OR doc_id = $doc OR doc = $doc)
), p AS (
    SELECT zone_id, indicator, unit,
           arg_min({'claim_id': claim_id, 'before': value_before, 'after': value, 'qualifier': qualifier,
                    'period': period, 'doc': doc, 'evidence': evidence,
                    'sentence': sentence, 'sentence_start': sentence_start, 'start': start, 'end': "end"}, value) AS pick,
           count(*) AS claims
    FROM c GROUP BY zone_id, indicator, unit
)
SELECT p.zone_id, coalesce(z.name, p.zone_id) AS zone, z.en AS zone_en,
       p.indicator, i.zh AS indicator_zh, i.en AS indicator_en, p.unit,
       p.pick.before AS value_before, p.pick.after AS value, p.pick.qualifier AS qualifier,
       round(100.0 * (p.pick.before - p.pick.after) / p.pick.before, 1) AS cut_pct,
       p.pick.period AS period, p.pick.doc AS doc, p.pick.evidence AS evidence,
       p.pick.claim_id AS claim_id, p.pick.sentence AS sentence,
       p.pick.sentence_start AS sentence_start, p.pick.start AS start, p.pick.end AS "end", p.claims
FROM p LEFT JOIN zones z USING (zone_id) LEFT JOIN indicators i USING (indicator)
ORDER BY p.unit, cut_pct DESC, zone
LIMIT $limit;

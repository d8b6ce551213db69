-- Before -> after pairs of durations ("from 60 to 20 working days"): per zone, procedure (indicator) and unit, the pair with the shortest after-value, with the cut in %.
-- params: indicator=NULL zone=NULL period=NULL doc=NULL limit=200
-- Only pairs stated in one unit: a cut from months to working days has no honest percentage. Of equal after-values the first stored claim.
-- Read from the pairs summary written with the file (pair_picks: per zone, procedure, unit and
-- period or all periods); one document's pairs are computed from its claims.
WITH p AS (
    SELECT zone_id, indicator, unit, pick, claims FROM pair_picks
    WHERE $doc IS NULL
      AND ($indicator IS NULL OR indicator = $indicator)
      AND ($zone IS NULL OR zone_id = $zone)
      AND CASE WHEN $period IS NULL THEN all_periods ELSE NOT all_periods AND period = $period END
    UNION ALL
    SELECT zone_id, indicator, unit, arg_min(shown, (value, seq)) FILTER (WHERE value IS NOT NULL) AS pick,
           count(*) AS claims
    FROM claims_shown
    WHERE $doc IS NOT NULL AND (doc_id = $doc OR doc = $doc)
      AND family = 'duration' AND value_before IS NOT NULL AND zone_id IS NOT NULL
      AND coalesce(unit_before, unit) = unit AND value_before > 0
      AND ($indicator IS NULL OR indicator = $indicator)
      AND ($zone IS NULL OR zone_id = $zone)
      AND ($period IS NULL OR period = $period)
    GROUP BY zone_id, indicator, unit
)
SELECT p.zone_id, coalesce(z.name, p.zone_id) AS zone, z.en AS zone_en,
       p.indicator, i.zh AS indicator_zh, i.en AS indicator_en, p.unit,
       p.pick.value_before AS value_before, p.pick.value AS value, p.pick.qualifier AS qualifier,
       round(100.0 * (p.pick.value_before - p.pick.value) / p.pick.value_before, 1) AS cut_pct,
       p.pick.period AS period, p.pick.doc AS doc, p.pick.evidence AS evidence,
       p.pick.claim_id AS claim_id, p.pick.sentence AS sentence,
       p.pick.sentence_start AS sentence_start, p.pick.start AS start, p.pick.end AS "end",
       p.pick.mark_start AS mark_start, p.pick.mark_end AS mark_end, p.claims
FROM p LEFT JOIN zones z USING (zone_id) LEFT JOIN indicators i USING (indicator)
ORDER BY p.unit, cut_pct DESC, zone, p.indicator, p.zone_id
LIMIT $limit;

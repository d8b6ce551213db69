-- Zones ranked on an indicator (or every indicator of a family): per zone, indicator and unit, the best stated value in the indicator's direction, its claim and evidence, the median and the claim count.
-- params: indicator=NULL family=NULL zone=NULL period=NULL doc=NULL
-- Best = lowest where lower is better (durations), else highest; of equal values the first stored claim. Units are kept apart: 20 working days and 20 days are two rows.
-- Read from the medians summary written with the file (claim_medians: best claim, median, count per
-- zone, indicator, unit and period or all periods). Computed from the claims: one document's, and,
-- under a family filter, the rows whose claims are of several families (they count claim by claim).
WITH s AS (
    SELECT zone_id, indicator, unit, one_family, family, best, median, claims
    FROM claim_medians
    WHERE $doc IS NULL
      AND ($indicator IS NULL OR indicator = $indicator)
      AND ($zone IS NULL OR zone_id = $zone)
      AND CASE WHEN $period IS NULL THEN all_periods ELSE NOT all_periods AND period = $period END
), mixed AS (
    SELECT zone_id, indicator, unit FROM s WHERE $family IS NOT NULL AND NOT one_family
), c AS (
    SELECT c.*, coalesce(i.direction, 'higher') = 'lower' AS lower
    FROM claims_shown c LEFT JOIN indicators i USING (indicator)
    WHERE c.zone_id IS NOT NULL
      AND ($indicator IS NULL OR c.indicator = $indicator)
      AND ($family IS NULL OR c.family = $family)
      AND ($zone IS NULL OR c.zone_id = $zone)
      AND ($period IS NULL OR c.period = $period)
      AND ($doc IS NULL OR c.doc_id = $doc OR c.doc = $doc)
      -- (a row's NULL indicator or unit equals a NULL: rows are compared whole)
      AND ($doc IS NOT NULL OR $family IS NOT NULL
           AND (c.zone_id, c.indicator, c.unit) IN (SELECT (zone_id, indicator, unit) FROM mixed))
), b AS (
    SELECT zone_id, indicator, unit, best, median, claims FROM s
    WHERE $family IS NULL OR (one_family AND family = $family)
    UNION ALL
    SELECT zone_id, indicator, unit,
           coalesce(arg_min(shown, (value, seq)) FILTER (WHERE lower AND value IS NOT NULL),
                    arg_max(shown, (value, -seq)) FILTER (WHERE NOT lower AND value IS NOT NULL)) AS best,
           median(value) AS median, count(*) AS claims
    FROM c GROUP BY zone_id, indicator, unit
)
SELECT b.zone_id, coalesce(z.name, b.zone_id) AS zone, z.en AS zone_en,
       b.indicator, i.zh AS indicator_zh, i.en AS indicator_en, i.family,
       coalesce(i.direction, 'higher') AS direction, b.unit,
       b.best.value AS value, b.best.qualifier AS qualifier, b.best.value_before AS value_before,
       b.best.unit_before AS unit_before, b.best.period AS period, b.best.doc AS doc,
       b.best.evidence AS evidence, b.best.claim_id AS claim_id,
       b.best.sentence AS sentence, b.best.sentence_start AS sentence_start, b.best.start AS start, b.best.end AS "end",
       b.best.mark_start AS mark_start, b.best.mark_end AS mark_end,
       b.median, b.claims
FROM b LEFT JOIN zones z USING (zone_id) LEFT JOIN indicators i USING (indicator)
ORDER BY b.indicator, b.unit,
         CASE WHEN coalesce(i.direction, 'higher') = 'lower' THEN b.best.value ELSE -b.best.value END, zone, b.zone_id;

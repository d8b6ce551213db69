-- Zones ranked on an indicator (or every indicator of a family): per zone, indicator and unit, the best stated value in the indicator's direction, its claim and evidence, the median and the claim count.
-- params: indicator=NULL family=NULL zone=NULL period=NULL doc=NULL
-- Best = lowest where lower is better (durations), else highest. Units are kept apart: 20 working days and 20 days are two rows.
WITH c AS (
    SELECT c.*, coalesce(i.direction, 'higher') AS direction
    FROM claims_v c LEFT JOIN indicators i USING (indicator)
    WHERE c.zone_id IS NOT NULL
      AND ($indicator IS NULL OR c.indicator = $indicator)
      AND ($family IS NULL OR c.family = $family)
      AND ($zone IS NULL OR c.zone_id = $zone)
      AND ($period IS NULL OR c.period = $period)
      AND ($doc IS NULL OR c.doc_id = $doc OR c.doc = $doc)
), g AS (
    SELECT zone_id, indicator, unit, any_value(direction) AS direction,
           arg_min({'claim_id': claim_id, 'value': value, 'qualifier': qualifier, 'value_before': value_before,
                    'unit_before': unit_before, 'period': period, 'doc': doc, 'evidence': evidence,
                    'sentence': sentence, 'sentence_start': sentence_start, 'start': start, 'end': "end"}, value) AS lo,
           arg_max({'claim_id': claim_id, 'value': value, 'qualifier': qualifier, 'value_before': value_before,
                    'unit_before': unit_before, 'period': period, 'doc': doc, 'evidence': evidence,
                    'sentence': sentence, 'sentence_start': sentence_start, 'start': start, 'end': "end"}, value) AS hi,
           median(value) AS median, count(*) AS claims
    FROM c GROUP BY zone_id, indicator, unit
), b AS (
    SELECT *, CASE WHEN direction = 'lower' THEN lo ELSE hi END AS best FROM g
)
SELECT b.zone_id, coalesce(z.name, b.zone_id) AS zone, z.en AS zone_en,
       b.indicator, i.zh AS indicator_zh, i.en AS indicator_en, i.family, b.direction, b.unit,
       b.best.value AS value, b.best.qualifier AS qualifier, b.best.value_before AS value_before,
       b.best.unit_before AS unit_before, b.best.period AS period, b.best.doc AS doc,
       b.best.evidence AS evidence, b.best.claim_id AS claim_id,
       b.best.sentence AS sentence, b.best.sentence_start AS sentence_start, b.best.start AS start, b.best.end AS "end",
       b.median, b.claims
FROM b LEFT JOIN zones z USING (zone_id) LEFT JOIN indicators i USING (indicator)
ORDER BY b.indicator, b.unit,
         CASE WHEN b.direction = 'lower' THEN b.best.value ELSE -b.best.value END, zone;

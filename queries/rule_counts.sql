-- Claims per extraction rule with the analysts' verdicts (confirmed, rejected, corrected): which rules to improve first.
-- A lighter cousin of claims_per_rule (no distinct document or zone counts) for the Data quality chart.
SELECT coalesce(rule, '') AS rule, mode(orig_family) AS family, count(*) AS claims,
       count(*) FILTER (WHERE review = 'confirm') AS confirmed,
       count(*) FILTER (WHERE review = 'reject') AS rejected,
       count(*) FILTER (WHERE review = 'correct') AS corrected
FROM claims_all
GROUP BY coalesce(rule, '')
ORDER BY claims DESC, rule;

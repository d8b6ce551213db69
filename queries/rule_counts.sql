-- Claims per extraction rule with the analysts' verdicts (confirmed, rejected, corrected): which rules to improve first.
-- A lighter cousin of claims_per_rule (no distinct document or zone counts) for the Data quality chart.
-- rule_verdicts: counts from the summary written with the file, verdicts from the reviewed claims.
SELECT rule, family, claims, confirmed, rejected, corrected
FROM rule_verdicts
ORDER BY claims DESC, rule;

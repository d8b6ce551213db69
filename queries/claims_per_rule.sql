-- Claims per extraction rule, with how analysts judged them (confirmed, rejected, corrected), to find weak rules.
-- rule_verdicts: counts from the summary written with the file, verdicts from the reviewed claims.
SELECT rule, family, claims, confirmed, rejected, corrected,
       CASE WHEN reviewed = 0 THEN NULL ELSE rejected / reviewed END AS reject_share
FROM rule_verdicts
ORDER BY claims DESC, rule;

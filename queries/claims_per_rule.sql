-- Claims per extraction rule, with how analysts judged them (confirmed, rejected, corrected), to find weak rules.
SELECT coalesce(c.rule, '') AS rule, mode(c.orig_family) AS family,
       count(*) AS claims,
       count(*) FILTER (WHERE c.review = 'confirm') AS confirmed,
       count(*) FILTER (WHERE c.review = 'reject') AS rejected,
       count(*) FILTER (WHERE c.review = 'correct') AS corrected,
       CASE WHEN count(c.review) = 0 THEN NULL
            ELSE count(*) FILTER (WHERE c.review = 'reject') / count(c.review) END AS reject_share
FROM claims_all c
GROUP BY coalesce(c.rule, '')
ORDER BY claims DESC, rule;

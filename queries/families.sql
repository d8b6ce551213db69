-- Claim families (duration, growth_rate, money, ...) with claim, indicator and zone counts.
-- params: zone=NULL
SELECT family, count(*) AS claims, count(DISTINCT indicator) AS indicators,
       count(DISTINCT zone_id) AS zones, count(DISTINCT doc_id) AS documents
FROM claims_v
WHERE ($zone IS NULL OR zone_id = $zone)
GROUP BY family
ORDER BY claims DESC, family;

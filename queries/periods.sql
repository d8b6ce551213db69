-- Periods (2024, 2025H1, 2025-05, or none) the claims are tied to, with counts.
-- params: zone=NULL indicator=NULL family=NULL
SELECT period, count(*) AS claims, count(DISTINCT zone_id) AS zones,
       count(DISTINCT indicator) AS indicators, count(DISTINCT doc_id) AS documents
FROM claims_v
WHERE ($zone IS NULL OR zone_id = $zone)
  AND ($indicator IS NULL OR indicator = $indicator)
  AND ($family IS NULL OR family = $family)
GROUP BY period
ORDER BY period DESC NULLS LAST;

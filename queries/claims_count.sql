-- How many claims the same filters as `claims` match (for paging).
-- params: zone=NULL indicator=NULL family=NULL period=NULL doc=NULL rule=NULL q=NULL include_rejected=false
-- Only the count: distinct documents/zones would cost a hash of every matching row.
SELECT count(*) AS claims
FROM claims_all
WHERE (NOT rejected OR coalesce($include_rejected, false))
  AND ($zone IS NULL OR zone_id = $zone)
  AND ($indicator IS NULL OR indicator = $indicator)
  AND ($family IS NULL OR family = $family)
  AND ($period IS NULL OR period = $period)
  AND ($doc IS NULL OR doc_id = $doc OR doc = $doc)
  AND ($rule IS NULL OR rule = $rule)
  AND ($q IS NULL OR contains(evidence, $q) OR contains(sentence, $q));

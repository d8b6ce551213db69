-- Coverage: how many claims each zone has in each indicator family (where do we know what?), under the sidebar filters.
-- params: zone=NULL family=NULL indicator=NULL period=NULL doc=NULL
-- zone: zone_id; doc: doc_id or file name. Claims about no single zone are left out.
SELECT c.zone_id, coalesce(any_value(z.name), any_value(c.zone)) AS zone, any_value(z.en) AS zone_en,
       c.family, count(*) AS claims, count(DISTINCT c.indicator) AS indicators
FROM claims_v c LEFT JOIN zones z USING (zone_id)
WHERE c.zone_id IS NOT NULL
  AND ($zone IS NULL OR c.zone_id = $zone)
  AND ($family IS NULL OR c.family = $family)
  AND ($indicator IS NULL OR c.indicator = $indicator)
  AND ($period IS NULL OR c.period = $period)
  AND ($doc IS NULL OR c.doc_id = $doc OR c.doc = $doc)
GROUP BY c.zone_id, c.family
ORDER BY c.zone_id, c.family;

-- Coverage: how many claims each zone has in each indicator family (where do we know what?), under the sidebar filters.
-- params: zone=NULL family=NULL indicator=NULL period=NULL doc=NULL
-- zone: zone_id; doc: doc_id or file name. Claims about no single zone are left out.
-- Without a document filter the claim summary answers; with one, that document's claims.
WITH c AS (
    SELECT zone_id, family, sum(claims)::BIGINT AS claims
    FROM claim_cells
    WHERE $doc IS NULL AND zone_id IS NOT NULL
      AND ($zone IS NULL OR zone_id = $zone)
      AND ($family IS NULL OR family = $family)
      AND ($indicator IS NULL OR indicator = $indicator)
      AND ($period IS NULL OR period = $period)
    GROUP BY zone_id, family
    UNION ALL
    SELECT zone_id, family, count(*) AS claims
    FROM claims_v
    WHERE $doc IS NOT NULL AND zone_id IS NOT NULL
      AND ($zone IS NULL OR zone_id = $zone)
      AND ($family IS NULL OR family = $family)
      AND ($indicator IS NULL OR indicator = $indicator)
      AND ($period IS NULL OR period = $period)
      AND ($doc IS NULL OR doc_id = $doc OR doc = $doc)
    GROUP BY zone_id, family
)
SELECT c.zone_id, coalesce(z.name, c.zone_id) AS zone, z.en AS zone_en, c.family, c.claims
FROM c LEFT JOIN zones z USING (zone_id)
ORDER BY c.zone_id, c.family;

-- Sidebar filter options: every zone, family, indicator, period and document that has claims, with its claim count and both names.
-- One scan of the reviewed claims (rejected ones gone); keys are the ids the other queries filter on.
WITH g AS (
    SELECT CASE WHEN grouping(zone_id) = 0 THEN 'zone'
                WHEN grouping(family) = 0 THEN 'family'
                WHEN grouping(indicator) = 0 THEN 'indicator'
                WHEN grouping(period) = 0 THEN 'period'
                ELSE 'doc' END AS facet,
           coalesce(zone_id, family, indicator, period, doc_id) AS key,
           count(*) AS claims
    FROM claims_v
    GROUP BY GROUPING SETS ((zone_id), (family), (indicator), (period), (doc_id))
)
SELECT g.facet, g.key,
       CASE g.facet WHEN 'zone' THEN coalesce(z.name, g.key)
                    WHEN 'indicator' THEN coalesce(i.zh, g.key)
                    WHEN 'doc' THEN coalesce(d.name, g.key)
                    ELSE g.key END AS zh,
       CASE g.facet WHEN 'zone' THEN coalesce(z.en, z.name, g.key)
                    WHEN 'indicator' THEN coalesce(i.en, i.zh, g.key)
                    WHEN 'doc' THEN coalesce(d.name, g.key)
                    ELSE g.key END AS en,
       i.family, i.unit, i.direction, d.title,
       g.claims
FROM g
LEFT JOIN zones z ON g.facet = 'zone' AND z.zone_id = g.key
LEFT JOIN indicators i ON g.facet = 'indicator' AND i.indicator = g.key
LEFT JOIN (SELECT doc_id, any_value(name) AS name, any_value(title) AS title
           FROM documents GROUP BY doc_id) d ON g.facet = 'doc' AND d.doc_id = g.key
WHERE g.key IS NOT NULL
ORDER BY g.facet, g.claims DESC, g.key;

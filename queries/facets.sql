-- Sidebar filter options: each zone, family, indicator, period and document that has claims, with its claim count and both names.
-- params: top_docs=1000
-- One group-by per facet over the reviewed claims (rejected ones gone); keys are the ids the other
-- queries filter on. `options` is how many values the facet has; documents are cut to the
-- `top_docs` with most claims (a 10M-claim store has 100k documents). Indicators carry `zones`:
-- how many zones speak of them (the most comparable first on Compare zones).
-- Read from the claim summary and the per-document counts written with the file, not the claims.
WITH c AS (SELECT zone_id, family, indicator, period, claims FROM claim_cells),
g AS (
    SELECT 'zone' AS facet, zone_id AS key, sum(claims)::BIGINT AS claims, NULL::BIGINT AS zones
    FROM c WHERE zone_id IS NOT NULL GROUP BY zone_id
    UNION ALL
    SELECT 'family', family, sum(claims)::BIGINT, NULL FROM c WHERE family IS NOT NULL GROUP BY family
    UNION ALL
    SELECT 'indicator', indicator, sum(claims)::BIGINT, count(DISTINCT zone_id)
    FROM c WHERE indicator IS NOT NULL GROUP BY indicator
    UNION ALL
    SELECT 'period', period, sum(claims)::BIGINT, NULL FROM c WHERE period IS NOT NULL AND period <> '' GROUP BY period
    UNION ALL
    SELECT 'doc', doc_id, any_value(claims)::BIGINT, NULL FROM documents WHERE claims > 0 GROUP BY doc_id
),
r AS (
    SELECT *, count(*) OVER (PARTITION BY facet) AS options,
           row_number() OVER (PARTITION BY facet ORDER BY claims DESC, key) AS rank
    FROM g
)
SELECT r.facet, r.key,
       CASE r.facet WHEN 'zone' THEN coalesce(z.name, r.key)
                    WHEN 'indicator' THEN coalesce(i.zh, r.key)
                    WHEN 'doc' THEN coalesce(d.name, r.key)
                    ELSE r.key END AS zh,
       CASE r.facet WHEN 'zone' THEN coalesce(z.en, z.name, r.key)
                    WHEN 'indicator' THEN coalesce(i.en, i.zh, r.key)
                    WHEN 'doc' THEN coalesce(d.name, r.key)
                    ELSE r.key END AS en,
       i.family, i.unit, i.direction, d.title,
       r.claims, r.zones, r.options
FROM r
LEFT JOIN zones z ON r.facet = 'zone' AND z.zone_id = r.key
LEFT JOIN indicators i ON r.facet = 'indicator' AND i.indicator = r.key
LEFT JOIN documents d ON r.facet = 'doc' AND d.doc_id = r.key
WHERE r.facet <> 'doc' OR r.rank <= coalesce($top_docs, 1000)
ORDER BY r.facet, r.claims DESC, r.key;

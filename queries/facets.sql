-- Sidebar filter options: each zone, family, indicator, period and document that has claims, with its claim count and both names.
-- params: top_docs=1000
-- One group-by per facet over the reviewed claims (rejected ones gone); keys are the ids the other
-- queries filter on. `options` is how many values the facet has; documents are cut to the
-- `top_docs` with most claims (a 10M-claim store has 100k documents). Indicators carry `zones`:
-- how many zones speak of them (the most comparable first on Compare zones).
-- Read from the claim summary and the per-document counts written with the file, not the claims.
WITH g AS (
    SELECT 'zone' AS facet, zone_id AS key, sum(claims)::BIGINT AS claims, NULL::BIGINT AS zones
    FROM claim_cells WHERE zone_id IS NOT NULL GROUP BY zone_id
    UNION ALL
    SELECT 'family', family, sum(claims)::BIGINT, NULL FROM claim_cells WHERE family IS NOT NULL GROUP BY family
    UNION ALL
    SELECT 'indicator', indicator, sum(claims)::BIGINT, count(DISTINCT zone_id)
    FROM claim_cells WHERE indicator IS NOT NULL GROUP BY indicator
    UNION ALL
    SELECT 'period', period, sum(claims)::BIGINT, NULL
    FROM claim_cells WHERE period IS NOT NULL AND period <> '' GROUP BY period
),
d AS (  -- documents with claims: the top_docs with most, name and title at hand
    SELECT 'doc' AS facet, doc_id AS key, claims::BIGINT AS claims, NULL::BIGINT AS zones,
           (SELECT count(*) FROM documents WHERE claims > 0) AS options, name, title
    FROM documents WHERE claims > 0
    ORDER BY claims DESC, doc_id
    LIMIT coalesce($top_docs, 1000)
),
a AS (
    SELECT *, count(*) OVER (PARTITION BY facet) AS options, NULL::VARCHAR AS name, NULL::VARCHAR AS title
    FROM g
    UNION ALL BY NAME
    SELECT * FROM d
)
SELECT a.facet, a.key,
       CASE a.facet WHEN 'zone' THEN coalesce(z.name, a.key)
                    WHEN 'indicator' THEN coalesce(i.zh, a.key)
                    WHEN 'doc' THEN coalesce(a.name, a.key)
                    ELSE a.key END AS zh,
       CASE a.facet WHEN 'zone' THEN coalesce(z.en, z.name, a.key)
                    WHEN 'indicator' THEN coalesce(i.en, i.zh, a.key)
                    WHEN 'doc' THEN coalesce(a.name, a.key)
                    ELSE a.key END AS en,
       i.family, i.unit, i.direction, a.title,
       a.claims, a.zones, a.options
FROM a
LEFT JOIN zones z ON a.facet = 'zone' AND z.zone_id = a.key
LEFT JOIN indicators i ON a.facet = 'indicator' AND i.indicator = a.key
ORDER BY a.facet, a.claims DESC, a.key;

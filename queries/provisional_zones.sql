-- Zones the texts name that the registry does not hold (provisional), with claims, mentions and an example, for adding to the registry.
WITH p AS (SELECT zone_id FROM zones WHERE provisional OR zone_id LIKE 'prov:%'),
m AS (
    SELECT zone_id, count(*) AS mentions, count(DISTINCT doc_id) AS mention_docs,
           string_agg(DISTINCT surface, '|' ORDER BY surface) AS surfaces
    FROM zone_mentions WHERE zone_id IN (SELECT zone_id FROM p) GROUP BY zone_id
),
c AS (
    SELECT zone_id, count(*) AS claims, count(DISTINCT doc_id) AS documents,
           arg_min(evidence, seq) AS example_evidence, arg_min(doc, seq) AS example_doc
    FROM claims_v WHERE zone_id IN (SELECT zone_id FROM p) GROUP BY zone_id
)
SELECT z.zone_id, coalesce(z.name, z.zone_id) AS zone, z.source,
       coalesce(c.claims, 0) AS claims, coalesce(c.documents, 0) AS documents,
       coalesce(m.mentions, 0) AS mentions, m.surfaces, c.example_evidence, c.example_doc
FROM zones z LEFT JOIN c USING (zone_id) LEFT JOIN m USING (zone_id)
WHERE z.provisional OR z.zone_id LIKE 'prov:%'
ORDER BY claims DESC, mentions DESC, zone;

-- One document: its metadata, full text, and its claims (list of structs ordered by position) for highlighting.
-- params: doc=NULL include_rejected=false
-- doc: doc_id or file name. Its claims are looked up in the zones the zone × document summary
-- names for it (the claims are stored in zone order) and among the claims of no zone.
WITH d AS (
    SELECT doc_id, name, path, title, outlet, pub_date, url, default_zone, default_period, encoding,
           chars, body_start, text, ingested_at, pipeline_version
    FROM documents
    WHERE doc_id = $doc OR name = $doc
    ORDER BY ingested_at DESC
    LIMIT 1
),
c AS (
    SELECT * FROM claims_all
    WHERE zone_id IN (SELECT zone_id FROM zone_docs WHERE doc_id = (SELECT doc_id FROM d))
      AND doc_id = (SELECT doc_id FROM d)
    UNION ALL
    SELECT * FROM claims_all
    WHERE zone_id IS NULL AND doc_id = (SELECT doc_id FROM d)
)
SELECT d.doc_id, d.name, d.path, d.title, d.outlet, d.pub_date, d.url, d.default_zone,
       d.default_period, d.encoding, d.chars, d.body_start, d.text, d.ingested_at, d.pipeline_version,
       (SELECT list({'claim_id': c.claim_id, 'start': c.start, 'end': c."end",
                     'zone': c.zone, 'zone_id': c.zone_id, 'family': c.family,
                     'indicator': c.indicator, 'value': c.value, 'unit': c.unit,
                     'value_before': c.value_before, 'unit_before': c.unit_before,
                     'period': c.period, 'evidence': c.evidence, 'rule': c.rule,
                     'review': c.review, 'rejected': c.rejected}
                    ORDER BY c.start, c."end")
        FROM c WHERE NOT c.rejected OR coalesce($include_rejected, false)) AS claims
FROM d;

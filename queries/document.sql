-- One document: its metadata, full text, and its claims (list of structs ordered by position) for highlighting.
-- params: doc=NULL include_rejected=false
-- doc: doc_id or file name. Its claims are found by the number they share with it (doc_no, an
-- integer column), not by comparing 64-character ids over every claim.
SELECT d.doc_id, d.name, d.path, d.title, d.outlet, d.pub_date, d.url, d.default_zone,
       d.default_period, d.encoding, d.chars, d.body_start, d.text, d.ingested_at, d.pipeline_version,
       (SELECT list({'claim_id': c.claim_id, 'start': c.start, 'end': c."end",
                     'zone': c.zone, 'zone_id': c.zone_id, 'family': c.family,
                     'indicator': c.indicator, 'value': c.value, 'unit': c.unit,
                     'value_before': c.value_before, 'unit_before': c.unit_before,
                     'period': c.period, 'evidence': c.evidence, 'rule': c.rule,
                     'review': c.review, 'rejected': c.rejected}
                    ORDER BY c.start, c."end")
        FROM claims_all c
        WHERE c.doc_no = d.doc_no AND (NOT c.rejected OR coalesce($include_rejected, false))) AS claims
FROM documents d
WHERE d.doc_id = $doc OR d.name = $doc
ORDER BY d.ingested_at DESC
LIMIT 1;

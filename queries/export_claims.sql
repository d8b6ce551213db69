-- Claims in the interchange column order (spec columns first, then provenance and review), with the app's filters, for export.
-- params: zone=NULL indicator=NULL family=NULL period=NULL doc=NULL rule=NULL q=NULL include_rejected=false limit=NULL offset=0
SELECT doc, zone, family, indicator, value, unit, value_before, unit_before, qualifier, period,
       start, "end", evidence,
       zone_id, zone_status, sentence, sentence_start, mark_start, mark_end, rule,
       claim_id, doc_id, review, review_note, reviewed_at, rejected,
       orig_value, orig_unit, orig_zone_id, orig_zone, orig_indicator
FROM claims_all
WHERE (NOT rejected OR coalesce($include_rejected, false))
  AND ($zone IS NULL OR zone_id = $zone)
  AND ($indicator IS NULL OR indicator = $indicator)
  AND ($family IS NULL OR family = $family)
  AND ($period IS NULL OR period = $period)
  AND ($doc IS NULL OR doc_id = $doc OR doc = $doc)
  AND ($rule IS NULL OR rule = $rule)
  AND ($q IS NULL OR contains(evidence, $q) OR contains(sentence, $q))
ORDER BY seq  -- the stored order: zone, indicator, period, document, position
LIMIT $limit OFFSET $offset;

-- Claims filtered by zone, indicator, family, period, document, rule or text, one page at a time, with evidence and sentence.
-- params: zone=NULL indicator=NULL family=NULL period=NULL doc=NULL rule=NULL q=NULL include_rejected=false limit=1000 offset=0
-- zone: zone_id; doc: doc_id or file name; q: substring of evidence or sentence;
-- include_rejected: also rejected claims (flag `rejected`); orig_* hold values before review.
WITH page AS (
    -- the page's positions first, on one integer column: row groups past the page are skipped
    SELECT seq FROM claims_all
    WHERE (NOT rejected OR coalesce($include_rejected, false))
      AND ($zone IS NULL OR zone_id = $zone)
      AND ($indicator IS NULL OR indicator = $indicator)
      AND ($family IS NULL OR family = $family)
      AND ($period IS NULL OR period = $period)
      AND ($doc IS NULL OR doc_id = $doc OR doc = $doc)
      AND ($rule IS NULL OR rule = $rule)
      AND ($q IS NULL OR contains(evidence, $q) OR contains(sentence, $q))
    ORDER BY seq  -- the stored order: zone, indicator, period, document, position
    LIMIT $limit OFFSET $offset
)
SELECT claim_id, doc_id, doc, zone, zone_id, zone_status, family, indicator,
       value, unit, value_before, unit_before, qualifier, period,
       start, "end", evidence, sentence, sentence_start, mark_start, mark_end, rule,
       review, review_note, reviewed_at, rejected,
       orig_value, orig_unit, orig_zone_id, orig_zone, orig_indicator
FROM claims_all
WHERE seq IN (SELECT seq FROM page)
ORDER BY seq;

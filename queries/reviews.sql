-- Analyst reviews, newest first, with the claim they apply to (orphaned when no current claim has that key).
-- params: claim=NULL action=NULL limit=200 offset=0
SELECT r.reviewed_at, r.action, r.claim_id, r.value, r.unit, r.zone_id, r.zone,
       r.new_indicator, r.note, r.reviewer, r.evidence, r.indicator,
       d.name AS doc, c.claim_id IS NULL AS orphaned,
       r.review_id = l.review_id AS current
FROM reviews r
LEFT JOIN claims c ON c.claim_id = r.claim_id
LEFT JOIN documents d ON d.doc_id = r.doc_id
LEFT JOIN latest_reviews l ON l.claim_id = r.claim_id
WHERE ($claim IS NULL OR r.claim_id = $claim)
  AND ($action IS NULL OR r.action = $action)
ORDER BY r.reviewed_at DESC, r.review_id
LIMIT $limit OFFSET $offset;

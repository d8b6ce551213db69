-- Number mentions that no claim covers, with 20 characters of context either side, to find what extraction misses.
-- params: doc=NULL limit=1000 offset=0
-- doc: doc_id or file name. Covered means inside the span of any extracted claim (rejected ones too).
WITH n AS (
    SELECT n.* FROM numbers n
    WHERE NOT n.claimed
      AND NOT EXISTS (SELECT 1 FROM claims c
                      WHERE c.doc_id = n.doc_id AND c.start <= n.start AND n."end" <= c."end")
)
SELECT n.doc_id, d.name AS doc, n.start, n."end", n.surface,
       substring(d.text, greatest(n.start - 20, 0) + 1, n.start - greatest(n.start - 20, 0)) AS before,
       substring(d.text, n."end" + 1, 20) AS after,
       d.default_zone
FROM n JOIN documents d ON d.doc_id = n.doc_id
WHERE ($doc IS NULL OR d.doc_id = $doc OR d.name = $doc)
ORDER BY d.name, n.start
LIMIT $limit OFFSET $offset;

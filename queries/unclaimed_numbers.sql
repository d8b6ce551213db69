-- Number mentions that no claim covers, with 20 characters of context either side, to find what extraction misses.
-- params: doc=NULL explained=false limit=1000 offset=0
-- doc: doc_id or file name. Covered (computed at ingest): inside the evidence of any extracted claim, rejected ones too.
-- explained: also list numbers extraction judged to be no claim (reason: date, ordinal, code, time); by default only the unexplained ones, which are the ones that may want a rule.
SELECT n.doc_id, d.name AS doc, n.start, n."end", n.surface,
       substring(d.text, greatest(n.start - 20, 0) + 1, n.start - greatest(n.start - 20, 0)) AS before,
       substring(d.text, n."end" + 1, 20) AS after,
       coalesce(n.reason, '') AS reason,
       d.default_zone
FROM (SELECT * FROM numbers
      WHERE NOT coalesce(covered, claimed)
        AND ($explained OR coalesce(reason, '') = '')
        AND ($doc IS NULL OR doc_id = $doc
             OR doc_id IN (SELECT doc_id FROM documents WHERE name = $doc))
      ORDER BY seq LIMIT $limit OFFSET $offset) n
JOIN documents d ON d.doc_id = n.doc_id
ORDER BY n.seq;

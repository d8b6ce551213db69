-- The log of ingest and reindex runs, newest first: files, new/changed/unchanged documents, claims, errors, seconds.
-- params: limit=50
SELECT run_id, command, started_at, seconds, files, new_docs, changed_docs, unchanged_docs,
       claims_added, errors, error_lines, workers, pipeline_version, paths
FROM ingest_runs
ORDER BY run_id DESC
LIMIT $limit;

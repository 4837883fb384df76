-- Issue 15: what an accepted change did to a row's provenance. The journal already keeps who
-- (author; NULL in rows from before authors were recorded) and when (recorded_at).
-- 0 label, 1 correction by a reviewer, 2 accept by a reviewer (no label change).
ALTER TABLE change_journal
    ADD COLUMN change_kind smallint NOT NULL DEFAULT 0 CHECK (change_kind BETWEEN 0 AND 2);

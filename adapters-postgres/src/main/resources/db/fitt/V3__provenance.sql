-- fitt's schema, version 3 (issue 15): who made each change and when, kept with the rows.

-- What a change left in change_journal by a fitt of schema 1 did to a row's provenance. The journal
-- already keeps who (author; NULL in rows from before authors were recorded) and when (recorded_at).
-- 0 label, 1 correction by a reviewer, 2 accept by a reviewer (no label change).
ALTER TABLE change_journal
    ADD COLUMN change_kind smallint NOT NULL DEFAULT 0 CHECK (change_kind BETWEEN 0 AND 2);

-- Each row's provenance, set by the commit that changes it: who labelled it when (NULL: nobody
-- known), who reviewed it when and how ('' not reviewed, 'accepted', 'corrected').
ALTER TABLE image_row
    ADD COLUMN labelled_by text,
    ADD COLUMN labelled_at timestamptz,
    ADD COLUMN reviewed_by text,
    ADD COLUMN reviewed_at timestamptz,
    ADD COLUMN review      text NOT NULL DEFAULT '' CHECK (review IN ('', 'accepted', 'corrected'));

DROP FUNCTION fitt_commit(bigint, integer[], integer[], bytea[], bigint[]);

-- As in schema 2, and each change also records its author, time and kind (p_kinds: 0 label,
-- 1 correction, 2 accept). A label starts a new, unreviewed history; a correction keeps who labelled
-- the row and records the reviewer; an accept records the reviewer only and changes no labels and
-- no row's version (it still takes a version of its own: the caller's answer).
CREATE FUNCTION fitt_commit(p_dataset bigint, p_rows integer[], p_counts integer[], p_values bytea[],
                            p_bases bigint[], p_authors text[], p_times timestamptz[],
                            p_kinds smallint[]) RETURNS bigint[] LANGUAGE plpgsql AS $$
DECLARE
    results   bigint[] := '{}';
    offs      integer  := 0;
    rows_of   integer[];
    newest    bigint;
    issued    bigint;
    committed bigint;
    any_made  boolean  := false;
BEGIN
    -- One dataset's commits one at a time, held to the end of the transaction: versions then grow in
    -- commit order, so a follower that has read version v has read every version below it too.
    PERFORM pg_advisory_xact_lock(1718187124, p_dataset::integer);
    SELECT last_value INTO issued FROM row_version;
    FOR i IN 1 .. coalesce(array_length(p_counts, 1), 0) LOOP
        rows_of := p_rows[offs + 1 : offs + p_counts[i]];
        offs := offs + p_counts[i];
        IF p_bases[i] >= 0 THEN
            IF p_bases[i] > issued THEN
                results := results || 0::bigint;
                CONTINUE;
            END IF;
            SELECT max(r.version) INTO newest FROM image_row r
             WHERE r.dataset_id = p_dataset AND r.row_index = ANY (rows_of);
            IF newest > p_bases[i] THEN
                results := results || (-newest);
                CONTINUE;
            END IF;
        END IF;
        committed := nextval('row_version');
        IF p_kinds[i] = 2 THEN
            UPDATE image_row SET reviewed_by = p_authors[i], reviewed_at = p_times[i], review = 'accepted'
             WHERE dataset_id = p_dataset AND row_index = ANY (rows_of);
        ELSIF p_kinds[i] = 1 THEN
            UPDATE image_row SET labels = p_values[i], version = committed, reviewed_by = p_authors[i],
                                 reviewed_at = p_times[i], review = 'corrected'
             WHERE dataset_id = p_dataset AND row_index = ANY (rows_of);
            any_made := true;
        ELSE
            UPDATE image_row SET labels = p_values[i], version = committed, labelled_by = p_authors[i],
                                 labelled_at = p_times[i], reviewed_by = NULL, reviewed_at = NULL, review = ''
             WHERE dataset_id = p_dataset AND row_index = ANY (rows_of);
            any_made := true;
        END IF;
        results := results || committed;
    END LOOP;
    IF any_made THEN
        -- Delivered at commit, to every server listening: they read what changed after their version.
        PERFORM pg_notify('fitt_rows', p_dataset::text);
    END IF;
    RETURN results;
END
$$;

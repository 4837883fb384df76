-- fitt's schema, version 5: the change feed carries accepts too. An accept changes no labels and no
-- row's version (an annotator editing the row meanwhile has no conflict), so a follower reading rows
-- by version never saw one: the other servers' provenance showed it only after a reload. Each row
-- now keeps the version of the accept that reviewed it, and followers read those as well.

-- The version of the accept that gave the row its review; 0 for none. Only meaningful while review
-- is 'accepted' (a later label or correction replaces the review, and is followed by its version).
ALTER TABLE image_row ADD COLUMN accepted_version bigint NOT NULL DEFAULT 0;

-- What a follower asks for: the rows accepted after the version it has. Few rows are accepted, so
-- the index holds only those.
CREATE INDEX image_row_accepted ON image_row (dataset_id, accepted_version) WHERE accepted_version > 0;

-- As in schema 3, and an accept records its version in accepted_version and notifies followers.
CREATE OR REPLACE FUNCTION fitt_commit(p_dataset bigint, p_rows integer[], p_counts integer[], p_values bytea[],
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
            UPDATE image_row SET reviewed_by = p_authors[i], reviewed_at = p_times[i], review = 'accepted',
                                 accepted_version = committed
             WHERE dataset_id = p_dataset AND row_index = ANY (rows_of);
        ELSIF p_kinds[i] = 1 THEN
            UPDATE image_row SET labels = p_values[i], version = committed, reviewed_by = p_authors[i],
                                 reviewed_at = p_times[i], review = 'corrected'
             WHERE dataset_id = p_dataset AND row_index = ANY (rows_of);
        ELSE
            UPDATE image_row SET labels = p_values[i], version = committed, labelled_by = p_authors[i],
                                 labelled_at = p_times[i], reviewed_by = NULL, reviewed_at = NULL, review = ''
             WHERE dataset_id = p_dataset AND row_index = ANY (rows_of);
        END IF;
        any_made := true;
        results := results || committed;
    END LOOP;
    IF any_made THEN
        -- Delivered at commit, to every server listening: they read what changed after their version.
        PERFORM pg_notify('fitt_rows', p_dataset::text);
    END IF;
    RETURN results;
END
$$;

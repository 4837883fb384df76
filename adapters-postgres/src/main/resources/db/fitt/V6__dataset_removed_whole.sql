-- fitt's schema, version 6: removing a dataset removes it whole. DELETE FROM dataset WHERE name = ...
-- took its assignments, version base and old journal along (foreign keys), but not its rows, which
-- have no foreign key (it made an import several times slower): they stayed, and a server still
-- running on the dataset went on committing into them, acknowledged, for nobody to read again.

-- A removed dataset's rows go with it.
CREATE FUNCTION fitt_dataset_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM image_row WHERE dataset_id = OLD.id;
    RETURN OLD;
END
$$;
CREATE TRIGGER dataset_removed AFTER DELETE ON dataset FOR EACH ROW EXECUTE FUNCTION fitt_dataset_removed();

-- Rows a removal before this version left behind.
DELETE FROM image_row r WHERE NOT EXISTS (SELECT 1 FROM dataset d WHERE d.id = r.dataset_id);

-- As in schema 5, and a commit into a dataset that is no longer there is refused.
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
    -- The dataset is there, and stays until this commit ends (a removal waits for it): a server still
    -- running on a removed dataset gets an error, never an acknowledgement for rows nobody keeps.
    PERFORM 1 FROM dataset WHERE id = p_dataset FOR KEY SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'dataset % was removed from the database: stop its servers (or import it again and restart them)',
            p_dataset USING ERRCODE = 'no_data_found';
    END IF;
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

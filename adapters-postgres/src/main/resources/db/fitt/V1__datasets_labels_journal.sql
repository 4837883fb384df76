-- fitt's schema, version 1. One database may hold several datasets; everything is keyed by dataset.

-- A dataset as imported: its name (the data CSV's file name), where it came from and its tags in column order.
CREATE TABLE dataset (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text        NOT NULL UNIQUE,
    source      text        NOT NULL,
    tag_codes   text[]      NOT NULL,
    tag_aliases text[]      NOT NULL,
    tag_columns text[]      NOT NULL,
    row_count   integer     NOT NULL CHECK (row_count >= 0),
    imported_at timestamptz NOT NULL DEFAULT now(),
    CHECK (cardinality(tag_codes) > 0
           AND cardinality(tag_codes) = cardinality(tag_aliases)
           AND cardinality(tag_codes) = cardinality(tag_columns))
);

-- Rows in file order (row_index 0 is the first data row of the CSV). labels holds one byte per tag,
-- in the dataset's tag order: 0 unset, 1 False, 2 True (the label_value view spells them out).
-- other_cells keeps the CSV's other columns for export (filled by a later import step, null until then);
-- version is the row's last change version, for conflicts across servers.
-- No foreign key to dataset: checking it for every row made a million-row import several times
-- slower, and rows are only ever written in the transaction that writes their dataset.
CREATE TABLE image_row (
    dataset_id  bigint  NOT NULL,
    row_index   integer NOT NULL CHECK (row_index >= 0),
    clip_id     text    NOT NULL,
    camera      text    NOT NULL,
    file_path   text    NOT NULL,
    labels      bytea   NOT NULL,
    version     bigint  NOT NULL DEFAULT 0,
    other_cells jsonb,
    PRIMARY KEY (dataset_id, row_index)
);

-- Labels per row and tag, for data pipelines: value is null (unset), false or true.
CREATE VIEW label_value AS
SELECT d.name AS dataset, r.row_index, r.clip_id, r.camera, r.file_path,
       d.tag_codes[t.i] AS tag_code, d.tag_aliases[t.i] AS tag_alias,
       CASE get_byte(r.labels, t.i - 1) WHEN 1 THEN false WHEN 2 THEN true END AS value
FROM image_row r
JOIN dataset d ON d.id = r.dataset_id
CROSS JOIN LATERAL generate_series(1, cardinality(d.tag_codes)) AS t(i);

-- Changes acknowledged since the last save, in order (seq), in display rows as the core applied them.
-- Who made a change and from where is left for issue 15 (author stays null until then).
CREATE TABLE change_journal (
    dataset_id  bigint      NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    seq         bigint      NOT NULL,
    first_row   integer     NOT NULL CHECK (first_row >= 0),
    last_row    integer     NOT NULL CHECK (last_row >= first_row),
    tag_values  bytea       NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    author      text,
    PRIMARY KEY (dataset_id, seq)
);

-- The version base of the latest server run over a dataset: the next run starts above it.
CREATE TABLE run_version_base (
    dataset_id  bigint      PRIMARY KEY REFERENCES dataset (id) ON DELETE CASCADE,
    base        bigint      NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

-- fitt's schema, version 4 (issue 15): which annotator works on which clips of a dataset, shared by
-- every server of the database. One row per assigned clip, by the clip's clip_id (kept by id, not
-- by place, so it still names the same recording when rows are added); a clip has one holder.
CREATE TABLE clip_assignment (
    dataset_id  bigint      NOT NULL REFERENCES dataset (id) ON DELETE CASCADE,
    clip_id     text        NOT NULL CHECK (clip_id <> ''),
    annotator   text        NOT NULL CHECK (btrim(annotator) <> ''),
    assigned_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (dataset_id, clip_id)
);

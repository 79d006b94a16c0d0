-- The latest analysis of each resume (facts, skills, category, review), as JSON, with the
-- versions of what made it: when the extractor, the skills taxonomy, the classifier model or
-- the reviewer changes, rows whose versions differ are stale and get re-analysed.
CREATE TABLE resume_analysis (
    resume_id         BIGINT        NOT NULL PRIMARY KEY REFERENCES resume (id) ON DELETE CASCADE,
    extractor_version VARCHAR(100)  NOT NULL,
    taxonomy_version  VARCHAR(100)  NOT NULL,
    model_version     VARCHAR(200)  NOT NULL,
    reviewer_version  VARCHAR(100)  NOT NULL,
    analysis_json     CLOB          NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Bulk import of subsidy applications as a batch job (两项补贴批量导入, issue 10): a file of up to 100,000
-- rows is stored with who uploaded it and taken by the job subsidy-application-import, which records every
-- row's outcome in the same transaction as the cases of its chunk. Portable SQL (H2 and Oracle).

-- One upload: the workbook itself (kept so that a failed run can be restarted, and read by the job), who,
-- when, whose jurisdiction, the job execution, the status and the counts the job keeps as it goes.
CREATE TABLE import_run (
    id                NUMBER(19)     NOT NULL,
    file_name         VARCHAR(200)   NOT NULL,
    workbook          BLOB           NOT NULL,
    size_bytes        NUMBER(10)     NOT NULL,
    uploaded_by       VARCHAR(50)    NOT NULL,
    uploaded_at       TIMESTAMP      NOT NULL,
    division_code     VARCHAR(12)    NOT NULL,
    status            VARCHAR(20)    NOT NULL,
    rows_total        NUMBER(10)     NOT NULL,
    rows_done         NUMBER(10)     NOT NULL,
    rows_imported     NUMBER(10)     NOT NULL,
    rows_refused      NUMBER(10)     NOT NULL,
    job_execution_id  NUMBER(19),
    run_started_at    TIMESTAMP,
    run_ended_at      TIMESTAMP,
    failure_reason    VARCHAR(500),
    failure_reason_en VARCHAR(500),
    version           NUMBER(10)     NOT NULL,
    CONSTRAINT pk_import_run PRIMARY KEY (id),
    CONSTRAINT fk_import_run_division FOREIGN KEY (division_code) REFERENCES division (code),
    CONSTRAINT ck_import_run_status CHECK (status IN ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    CONSTRAINT ck_import_run_counts CHECK (rows_done <= rows_total AND rows_imported + rows_refused = rows_done)
);
CREATE INDEX ix_import_run_uploader ON import_run (uploaded_by, uploaded_at);

-- Every row's outcome: IMPORTED with the case it made, or REFUSED with the column (the form's field, null
-- when no one column is at fault) and the reason in Chinese and English; a refused row has one entry per
-- problem (problem_no 1, 2, ...), an imported row one entry (problem_no 0).
CREATE TABLE import_run_row (
    run_id       NUMBER(19)     NOT NULL,
    row_number   NUMBER(10)     NOT NULL,
    problem_no   NUMBER(3)      NOT NULL,
    outcome      VARCHAR(10)    NOT NULL,
    case_id      NUMBER(19),
    field        VARCHAR(30),
    message      VARCHAR(500),
    message_en   VARCHAR(500),
    masked_id_number VARCHAR(30),
    CONSTRAINT pk_import_run_row PRIMARY KEY (run_id, row_number, problem_no),
    CONSTRAINT fk_import_row_run FOREIGN KEY (run_id) REFERENCES import_run (id),
    CONSTRAINT fk_import_row_case FOREIGN KEY (case_id) REFERENCES program_case (id),
    CONSTRAINT ck_import_row_outcome CHECK ((outcome = 'IMPORTED' AND case_id IS NOT NULL AND problem_no = 0)
        OR (outcome = 'REFUSED' AND case_id IS NULL AND message IS NOT NULL AND problem_no > 0))
);

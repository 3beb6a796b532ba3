-- Paying an approved grant (助学金发放, issue 7 §2): a grant is one-off cash, paid once. The monthly payment
-- roll does not fit it (payment_line names a subsidy_case, a subsidy type, a disability level and a month
-- paid for, and a failed line is paid again next month), so a grant's payment is a row of its own, recorded
-- by district or city staff with the day, the amount (the case's) and the payment's reference. Portable SQL.

-- The last guard against paying a grant twice: one row per case (uq_grant_payment_case).
CREATE TABLE education_grant_payment (
    id              NUMBER(19)    NOT NULL,
    case_id         NUMBER(19)    NOT NULL,
    paid_on         DATE          NOT NULL,
    amount          NUMBER(12, 2) NOT NULL,
    reference       VARCHAR(60)   NOT NULL,
    division_code   VARCHAR(12)   NOT NULL,
    paid_by         VARCHAR(60)   NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    version         NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_education_grant_payment PRIMARY KEY (id),
    CONSTRAINT fk_grant_payment_case FOREIGN KEY (case_id) REFERENCES education_grant_case (case_id),
    CONSTRAINT uq_grant_payment_case UNIQUE (case_id),
    CONSTRAINT ck_grant_payment_amount CHECK (amount > 0)
);
CREATE INDEX ix_grant_payment_division ON education_grant_payment (division_code, paid_on);

-- What the statistics count as paid: the payments made in the period.
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EDU_GRANT_PAID', 'EDUCATION', '助学金发放金额', 'Grants paid', '万元', 'SUM', 'IN_PERIOD',
    'education.grantPaid', NULL, NULL, NULL,
    '统计期内发放日期在期内的助学金发放金额合计（每个获批办件只发放一次，金额为办件核定金额）；按办件所属区划统计。',
    'The grants paid in the period, by the day of payment (each approved case paid once, at its approved amount); by the case''s division.',
    NULL, NULL, 'URBAN,TOWNSHIP', 0, 325, 1);

-- Employment and entrepreneurship bases (就业创业基地, issue 8): recognised by the federation on a day, of a kind
-- (a code table, so a new craft is a row, not code), in a division, with the disabled people employed there.
-- Portable SQL (H2 and Oracle).

CREATE TABLE employment_base_kind (
    code          VARCHAR(30)  NOT NULL,
    name_zh       VARCHAR(60)  NOT NULL,
    name_en       VARCHAR(100) NOT NULL,
    heritage      NUMBER(1)    NOT NULL,
    display_order NUMBER(4)    NOT NULL,
    CONSTRAINT pk_employment_base_kind PRIMARY KEY (code),
    CONSTRAINT ck_base_kind_heritage CHECK (heritage IN (0, 1))
);
INSERT INTO employment_base_kind (code, name_zh, name_en, heritage, display_order) VALUES ('EMPLOYMENT', '就业基地', 'Employment base', 0, 10);
INSERT INTO employment_base_kind (code, name_zh, name_en, heritage, display_order) VALUES ('ENTREPRENEURSHIP', '创业孵化基地', 'Entrepreneurship incubation base', 0, 20);
INSERT INTO employment_base_kind (code, name_zh, name_en, heritage, display_order) VALUES ('HERITAGE_QIASI', '非遗·掐丝', 'Intangible heritage: filigree enamel (qiasi)', 1, 30);
INSERT INTO employment_base_kind (code, name_zh, name_en, heritage, display_order) VALUES ('HERITAGE_DUIXIU', '非遗·堆绣', 'Intangible heritage: appliqué embroidery (duixiu)', 1, 40);
INSERT INTO employment_base_kind (code, name_zh, name_en, heritage, display_order) VALUES ('HERITAGE_PIXIU', '非遗·皮绣', 'Intangible heritage: leather embroidery (pixiu)', 1, 50);

CREATE TABLE employment_base (
    id                NUMBER(19)   NOT NULL,
    name              VARCHAR(200) NOT NULL,
    kind_code         VARCHAR(30)  NOT NULL,
    division_code     VARCHAR(12)  NOT NULL,
    recognised_on     DATE         NOT NULL,
    disabled_employed NUMBER(6)    NOT NULL,
    version           NUMBER(10)   NOT NULL,
    CONSTRAINT pk_employment_base PRIMARY KEY (id),
    CONSTRAINT fk_employment_base_kind FOREIGN KEY (kind_code) REFERENCES employment_base_kind (code),
    CONSTRAINT uq_employment_base_name UNIQUE (division_code, name),
    CONSTRAINT ck_employment_base_employed CHECK (disabled_employed >= 0)
);
CREATE INDEX ix_employment_base_div ON employment_base (division_code, recognised_on);

-- sheltered/bases in the statistics: four indicators of the EMPLOYMENT program, computed by
-- ShelteredEmploymentIndicators (ejb), apart from the quota's; and a sentence appended to the program's review
-- templates (1518 zh, 1519 en: appended, not replaced, so other additions to the same templates keep theirs).
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_SHELTERED_INSTITUTIONS', 'EMPLOYMENT', '辅助性就业机构数', 'Sheltered-employment institutions', '个', 'COUNT', 'PERIOD_END',
    'employment.shelteredInstitutions', NULL, NULL, NULL,
    '统计期末日资质有效的辅助性就业机构（服务机构登记中类别为辅助性就业机构）；按机构所属区划统计。',
    'Sheltered-employment institutions of the institution registry whose qualification is in force on the period''s last day; by the institution''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 511, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_SHELTERED_WORKERS', 'EMPLOYMENT', '辅助性就业残疾人数', 'Disabled people in sheltered employment', '人', 'DISTINCT_COUNT', 'PERIOD_END',
    'employment.shelteredWorkers', NULL, NULL, NULL,
    '统计期末日在辅助性就业机构就业的残疾人（每人同一时间只在一个机构）；按机构所属区划统计。',
    'Disabled people working at a sheltered-employment institution on the period''s last day (a person works at one at a time); by the institution''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 512, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_SHELTERED_SUBSIDY', 'EMPLOYMENT', '辅助性就业机构补贴金额', 'Subsidies paid to sheltered-employment institutions', '万元', 'SUM', 'IN_PERIOD',
    'employment.shelteredSubsidyPaid', NULL, NULL, NULL,
    '补贴月份在统计期内、已发放给辅助性就业机构的月度补贴金额；按机构所属区划统计。',
    'The monthly subsidies paid to sheltered-employment institutions for months within the period; by the institution''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 513, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_BASES_RECOGNISED', 'EMPLOYMENT', '新认定残疾人就业创业基地数', 'Employment and entrepreneurship bases recognised', '个', 'COUNT', 'IN_PERIOD',
    'employment.basesRecognised', NULL, NULL, NULL,
    '认定日期在统计期内的残疾人就业创业基地（含掐丝、堆绣、皮绣等非遗手工艺基地）；按基地所属区划统计。',
    'Employment and entrepreneurship bases recognised on a day within the period (intangible-heritage craft bases among them); by the base''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 514, 1);

UPDATE review_template SET body = body || '建立残疾人辅助性就业机构{EMP_SHELTERED_INSTITUTIONS:number}家。' WHERE id = 1518;
UPDATE review_template SET body = body || ' {EMP_SHELTERED_INSTITUTIONS:number} sheltered-employment institutions were established.' WHERE id = 1519;

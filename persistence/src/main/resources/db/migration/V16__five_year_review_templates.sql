-- The five-year review (五年发展综述) written from the published figures: one text template per statistics
-- program (the indicator groups of the catalogue) and language, edited by an administrator. A template's
-- placeholders name catalogue indicators: {SUB_PAID} is the figure with its unit as reports show it,
-- {SUB_PAID:亿元} / {SUB_PAID:万元} / {SUB_PAID:million} money in that unit, {REG_HOLDERS:万} a count in
-- 10,000s, {REG_HOLDERS:number} the bare number, {SUB_COVERAGE:target} / {SUB_COVERAGE:progress} the plan's target and the progress towards it.
-- {area}, {period} and {asOf} name the division, the period and the day stock figures were taken. Numbers in the prose drop trailing zeros (2.62亿元, 100%), as the federation writes them.
CREATE TABLE review_template (
    id            NUMBER(19)     NOT NULL,
    program_code  VARCHAR(40)    NOT NULL,
    language      VARCHAR(5)     NOT NULL,
    body          VARCHAR(4000)  NOT NULL,
    version       NUMBER(10)     NOT NULL,
    updated_by    VARCHAR(100),
    updated_at    TIMESTAMP,
    CONSTRAINT pk_review_template PRIMARY KEY (id),
    CONSTRAINT fk_review_template_program FOREIGN KEY (program_code) REFERENCES stat_program (code),
    CONSTRAINT uq_review_template UNIQUE (program_code, language),
    CONSTRAINT ck_review_template_language CHECK (language IN ('zh', 'en'))
);

INSERT INTO review_template (id, program_code, language, body, version) VALUES (1, 'REGISTRY', 'zh',
    '截至{asOf}，{area}持证残疾人{REG_HOLDERS}，涉及{REG_HOLDER_HOUSEHOLDS}家庭；{period}新办残疾人证{REG_NEW_CERTIFICATES:number}本，注销{REG_CANCELLED_CERTIFICATES:number}本。', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (2, 'REGISTRY', 'en',
    'As of {asOf}, {REG_HOLDERS} in {area} held a disability certificate, in {REG_HOLDER_HOUSEHOLDS}; in {period} {REG_NEW_CERTIFICATES:number} certificates were issued and {REG_CANCELLED_CERTIFICATES:number} cancelled.', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (3, 'TWO_SUBSIDIES', 'zh',
    '落实困难残疾人生活补贴和重度残疾人护理补贴发放制度，发放残疾人“两项”补贴{SUB_PAID:亿元}，其中生活补贴{SUB_LIVING_PAID}、护理补贴{SUB_NURSING_PAID}，惠及{SUB_RECIPIENTS}，符合条件残疾人覆盖率达到{SUB_COVERAGE}。', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (4, 'TWO_SUBSIDIES', 'en',
    'Under the living allowance for needy disabled people and the nursing allowance for the severely disabled, {SUB_PAID:million} was paid (living allowance {SUB_LIVING_PAID:million}, nursing allowance {SUB_NURSING_PAID:million}) to {SUB_RECIPIENTS}; {SUB_COVERAGE} of those eligible were covered.', 0);

-- Social security (社会保障, issue 9), part 2: basic pension insurance for urban and rural residents
-- (城乡居民基本养老保险). The government pays the yearly contribution of a severely disabled person (level 1-2) and
-- subsidises a mildly disabled one (level 3-4): the government's share per level is a dated setting, read on
-- 1 January of the list's year; a year's list, once compiled, keeps its shares whatever a later row says.
-- Ids 1750-1799 are social security's (this file: 1760-1769). Portable SQL (H2 and Oracle).
-- Illustrative amounts (元/人·年), to be confirmed: the federation replaces them with the published ones.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1760, 'socialsecurity.pension.share.1', '100.00', DATE '2016-01-01', '城乡居民养老保险：一级残疾人政府代缴（元/人·年）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1761, 'socialsecurity.pension.share.2', '100.00', DATE '2016-01-01', '城乡居民养老保险：二级残疾人政府代缴（元/人·年）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1762, 'socialsecurity.pension.share.3', '50.00', DATE '2016-01-01', '城乡居民养老保险：三级残疾人政府补贴（元/人·年）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1763, 'socialsecurity.pension.share.4', '50.00', DATE '2016-01-01', '城乡居民养老保险：四级残疾人政府补贴（元/人·年）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1764, 'socialsecurity.pension.share.1', '200.00', DATE '2024-01-01', '城乡居民养老保险：一级残疾人政府代缴（元/人·年）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1765, 'socialsecurity.pension.share.2', '200.00', DATE '2024-01-01', '城乡居民养老保险：二级残疾人政府代缴（元/人·年）');
-- Who pays contributions: the ages reached in the year (from 16 to 59; from 60 the person draws the pension).
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1766, 'socialsecurity.pension.minAge', '16', DATE '2016-01-01', '城乡居民养老保险：缴费起始年龄');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1767, 'socialsecurity.pension.maxAge', '59', DATE '2016-01-01', '城乡居民养老保险：缴费截止年龄');

-- A year's list (代缴名单): one line a person and year (the key: compiling twice adds only the newcomers), with
-- the level and the government's share as they were when the line was compiled.
CREATE TABLE pension_list_line (
    list_year         NUMBER(4)     NOT NULL,
    person_id         NUMBER(19)    NOT NULL,
    division_code     VARCHAR(12)   NOT NULL,
    cert_level        NUMBER(1)     NOT NULL,
    government_share  NUMBER(12, 2) NOT NULL,
    compiled_on       DATE          NOT NULL,
    compiled_by       VARCHAR(50)   NOT NULL,
    CONSTRAINT pk_pension_list_line PRIMARY KEY (list_year, person_id),
    CONSTRAINT fk_pension_line_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_pension_line_share CHECK (government_share > 0),
    CONSTRAINT ck_pension_line_level CHECK (cert_level BETWEEN 1 AND 4),
    CONSTRAINT ck_pension_line_year CHECK (list_year BETWEEN 2000 AND 2100)
);
CREATE INDEX ix_pension_line_division ON pension_list_line (division_code);

-- The HR and social-security partner's answer, per person and year: insured in the pension insurance, and (the
-- same answer) insured in medical insurance (医保) and medical assistance (医疗救助) received; a later answer for
-- the same person and year replaces the earlier.
CREATE TABLE pension_answer (
    list_year           NUMBER(4)    NOT NULL,
    person_id           NUMBER(19)   NOT NULL,
    pension_insured     NUMBER(1)    NOT NULL,
    medical_insured     NUMBER(1),
    medical_assistance  NUMBER(1),
    reported_by         VARCHAR(50)  NOT NULL,
    reported_at         TIMESTAMP    NOT NULL,
    CONSTRAINT pk_pension_answer PRIMARY KEY (list_year, person_id),
    CONSTRAINT fk_pension_answer_person FOREIGN KEY (person_id) REFERENCES person (id)
);

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

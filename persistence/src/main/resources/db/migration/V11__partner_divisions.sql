-- The divisions a partner serves (合作方服务辖区). A bank partner (scope bank-payment) fetches the payment
-- files and returns the results of the rolls of these divisions and of the divisions under them, and of
-- no other: a bank with no row pays no roll. The EJB services check it for every call, whatever endpoint.
CREATE TABLE partner_division (
    partner_code   VARCHAR(50)  NOT NULL,
    division_code  VARCHAR(12)  NOT NULL,
    CONSTRAINT pk_partner_division PRIMARY KEY (partner_code, division_code),
    CONSTRAINT fk_partner_division_partner FOREIGN KEY (partner_code) REFERENCES partner (code),
    CONSTRAINT fk_partner_division_division FOREIGN KEY (division_code) REFERENCES division (code)
);

-- Bank partners registered before this migration keep the rolls they could fetch until now, those of the
-- whole city (西宁市); an administrator narrows them to the divisions each bank pays.
INSERT INTO partner_division (partner_code, division_code)
    SELECT code, '630100' FROM partner WHERE scopes LIKE '%bank-payment%';

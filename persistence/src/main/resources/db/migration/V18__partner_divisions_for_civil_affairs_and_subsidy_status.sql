-- Civil-affairs partners (death records, 低保/特困 changes) and subsidy-status partners are bound to the
-- divisions they serve too (partner_division, V11): a person or household of another division is answered
-- like one that is not registered. Partners of these scopes registered before this migration keep what
-- they could do until now, the whole city (西宁市), unless they already have divisions (as a bank partner
-- that also has these scopes does); an administrator narrows them.
INSERT INTO partner_division (partner_code, division_code)
    SELECT code, '630100' FROM partner
    WHERE (scopes LIKE '%civil-affairs%' OR scopes LIKE '%subsidy-status%')
      AND NOT EXISTS (SELECT 1 FROM partner_division d WHERE d.partner_code = partner.code);

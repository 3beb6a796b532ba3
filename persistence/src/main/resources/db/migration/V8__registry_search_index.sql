-- The registry search pages a jurisdiction (a division-code prefix) in person-id order and counts it:
-- with the id in the division index both are answered from the index alone, without reading a person row
-- for every one of a city's people.
DROP INDEX ix_person_division;
CREATE INDEX ix_person_division_id ON person (division_code, id);

-- The registry search by name within a jurisdiction (issue 10): with the name alone in the index, the
-- database chose the division index and read every person of the jurisdiction to find a surname's few.
-- With the division and the id beside the name, the name's range answers the division condition and the
-- page's ids from the index alone. Portable SQL (H2 and Oracle).
DROP INDEX ix_person_name;
CREATE INDEX ix_person_name ON person (name, division_code, id);

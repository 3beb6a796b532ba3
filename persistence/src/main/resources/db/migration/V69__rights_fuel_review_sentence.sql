-- The fuel subsidy's sentence in the five-year review (发展综述), as the other programs have theirs: added to the
-- RIGHTS program's templates (1612 zh, 1613 en; one template a program and language). Appended, so a template an
-- administrator has reworded keeps its words; skipped where it already names the subsidy's figures.
UPDATE review_template
   SET body = body || '为机动轮椅车车主发放燃油补贴{RIGHTS_FUEL_SUBSIDY_TIMES}、{RIGHTS_FUEL_SUBSIDY_AMOUNT}。',
       version = version + 1
 WHERE program_code = 'RIGHTS' AND language = 'zh' AND body NOT LIKE '%{RIGHTS_FUEL_SUBSIDY_TIMES}%';
UPDATE review_template
   SET body = body || ' Owners of motorised wheelchairs received {RIGHTS_FUEL_SUBSIDY_TIMES} of fuel subsidy, {RIGHTS_FUEL_SUBSIDY_AMOUNT} in all.',
       version = version + 1
 WHERE program_code = 'RIGHTS' AND language = 'en' AND body NOT LIKE '%{RIGHTS_FUEL_SUBSIDY_TIMES}%';

-- Camden's rule cp-visit (standards/camden.yaml) in DuckDB's SQL, for the
-- benchmark against a peer (bench/run.sh) and its correctness check
-- (bench/duckdb/check.sh): "Children on a child protection plan every 10
-- working days", counted as ../shared/docs/timescale-semantics.md's
-- "Recurring" says. Run by bench/duckdb/run.mjs, which sets the variables
-- and writes the table cp_visit_breaches to a CSV; by hand, in the DuckDB
-- CLI:
--   SET VARIABLE export_dir = 'bench/out/g2-2000-1';
--   SET VARIABLE holidays = 'bench/out/holidays.csv';
--   SET VARIABLE as_of = DATE '2026-11-23';
--   .read bench/duckdb/cp_visit.sql
--   COPY cp_visit_breaches TO 'breaches.csv' (HEADER);
--
-- It reads the export as bench/generate.cpp writes it (the data contract's
-- columns in that order, ISO dates), with explicit types, as an analyst
-- who knows the layout would; not every form the contract allows (columns
-- in any order, DD/MM/YYYY dates, a byte-order mark). It assumes an export
-- without bad rows (caseaudit validate finds no problem in a generated one):
-- caseaudit skips such rows, this does not look for them.
--
-- The holidays file is the bank holidays of England and Wales as caseaudit's
-- calendar (lib/calendar) has them, written by bench's caseaudit-holidays
-- (a header `date`, one weekday a line). The working-day table spans its
-- years; a date outside them stops the query.

CREATE OR REPLACE TABLE bank_holidays AS
SELECT date
FROM read_csv(getvariable('holidays'), header = true, auto_detect = false,
              columns = {'date': 'DATE'}, dateformat = '%Y-%m-%d');

-- Every day of the holidays' years, with the number of working days
-- (Monday to Friday, less the bank holidays) up to and including it.
CREATE OR REPLACE TABLE calendar AS
WITH days AS (
  SELECT d::DATE AS day
  FROM range((SELECT make_date(year(min(date)), 1, 1) FROM bank_holidays),
             (SELECT make_date(year(max(date)) + 1, 1, 1) FROM bank_holidays),
             INTERVAL 1 DAY) AS t(d)
)
SELECT day,
       isodow(day) <= 5 AND day NOT IN (SELECT date FROM bank_holidays) AS working,
       sum(CASE WHEN isodow(day) <= 5 AND day NOT IN (SELECT date FROM bank_holidays) THEN 1 ELSE 0 END)
         OVER (ORDER BY day) AS working_days_to
FROM days;

-- day + 10 working days: the 10th working day after it (the day itself never
-- counts; a Saturday plus 1 working day is the Monday).
CREATE OR REPLACE TABLE plus_10_working_days AS
SELECT c.day, w.day AS due
FROM calendar AS c
JOIN calendar AS w ON w.working AND w.working_days_to = c.working_days_to + 10;

CREATE OR REPLACE TABLE cases AS
SELECT case_id, close_date
FROM read_csv(getvariable('export_dir') || '/cases.csv', header = true, auto_detect = false,
              dateformat = '%Y-%m-%d',
              columns = {'case_id': 'VARCHAR', 'dob': 'DATE', 'open_date': 'DATE', 'close_date': 'DATE',
                         'team': 'VARCHAR', 'worker': 'VARCHAR'});

CREATE OR REPLACE TABLE cp_episodes AS
SELECT case_id, start_date, end_date
FROM read_csv(getvariable('export_dir') || '/episodes.csv', header = true, auto_detect = false,
              dateformat = '%Y-%m-%d',
              columns = {'case_id': 'VARCHAR', 'episode_type': 'VARCHAR', 'start_date': 'DATE',
                         'end_date': 'DATE', 'tags': 'VARCHAR'})
WHERE episode_type = 'cp';

-- The visits that meet the rule: statutory (a blank visit_type is
-- statutory), the child seen (seen = Y; yes, true and 1 too, in any case),
-- not a video or telephone call (a blank location is unknown, which
-- counts); dated on or before the audit date. Two on one day are one.
CREATE OR REPLACE TABLE qualifying_visits AS
SELECT DISTINCT case_id, visit_date
FROM read_csv(getvariable('export_dir') || '/visits.csv', header = true, auto_detect = false,
              dateformat = '%Y-%m-%d',
              columns = {'case_id': 'VARCHAR', 'visit_date': 'DATE', 'seen': 'VARCHAR', 'seen_alone': 'VARCHAR',
                         'location': 'VARCHAR', 'visit_type': 'VARCHAR', 'recorded_date': 'DATE'})
WHERE lower(trim(seen)) IN ('y', 'yes', 'true', '1')
  AND coalesce(lower(trim(visit_type)), 'statutory') IN ('statutory', '')
  AND coalesce(lower(trim(location)), '') <> 'virtual'
  AND visit_date <= getvariable('as_of');

-- One window per child protection plan (each episodes.csv row) that has
-- started by the audit date: from its start to its end or the case's close,
-- whichever is first (open: no end).
CREATE OR REPLACE TABLE cp_windows AS
SELECT row_number() OVER (ORDER BY e.case_id, e.start_date, e.end_date) AS window_id,
       e.case_id, e.start_date AS window_start,
       least(coalesce(e.end_date, DATE '9999-12-31'), coalesce(c.close_date, DATE '9999-12-31')) AS window_end
FROM cp_episodes AS e
JOIN cases AS c USING (case_id)
WHERE e.start_date <= getvariable('as_of')
  AND e.start_date <= least(coalesce(e.end_date, DATE '9999-12-31'), coalesce(c.close_date, DATE '9999-12-31'));

SELECT CASE WHEN count(*) > 0
            THEN error('cp_visit.sql: ' || count(*) || ' plans start outside the holidays file''s years')
       END
FROM cp_windows
WHERE window_start NOT IN (SELECT day FROM plus_10_working_days);

-- The clock: counted first from the plan's start, then from each qualifying
-- visit in the window (a visit after the window's end or the audit date does
-- not count). Each requirement is met by the next qualifying visit: for the
-- start, the first on or after it (a visit on the start day counts for the
-- first); for a visit, the first strictly after it. So the requirements are
-- the start and every visit, in date order (the start before a visit on the
-- same day), each met by the one that follows it.
CREATE OR REPLACE TABLE cp_requirements AS
WITH clock AS (
  SELECT window_id, window_start AS anchor_date, 0 AS is_visit FROM cp_windows
  UNION ALL
  SELECT w.window_id, v.visit_date, 1
  FROM cp_windows AS w
  JOIN qualifying_visits AS v
    ON v.case_id = w.case_id AND v.visit_date BETWEEN w.window_start AND w.window_end
)
SELECT w.case_id, k.anchor_date, p.due AS due_date,
       lead(k.anchor_date) OVER (PARTITION BY k.window_id ORDER BY k.anchor_date, k.is_visit) AS met_date,
       w.window_end
FROM clock AS k
JOIN cp_windows AS w USING (window_id)
LEFT JOIN plus_10_working_days AS p ON p.day = k.anchor_date;

SELECT CASE WHEN count(*) > 0
            THEN error('cp_visit.sql: ' || count(*) || ' visits fall outside the holidays file''s years')
       END
FROM cp_requirements
WHERE due_date IS NULL;

-- A due date after the window's end is not owed. Late: the visit that met
-- it fell after the due date. Missing: none by the audit date, and the due
-- date is before it (due on the audit date itself is not yet a breach).
CREATE OR REPLACE TABLE cp_visit_breaches AS
SELECT case_id, anchor_date, due_date, met_date,
       CASE WHEN met_date IS NULL THEN 'missing' ELSE 'late' END AS status
FROM cp_requirements
WHERE due_date <= window_end
  AND (met_date > due_date OR (met_date IS NULL AND due_date < getvariable('as_of')))
ORDER BY case_id, due_date, anchor_date, met_date;

// Runs cp_visit.sql (Camden's cp-visit in DuckDB's SQL) over an export and
// writes its breaches as a CSV (case_id,anchor_date,due_date,met_date,status):
//   node bench/duckdb/run.mjs EXPORT_DIR HOLIDAYS_CSV OUT_CSV [AS_OF]
// AS_OF defaults to 2026-11-23, the benchmark's audit date. DuckDB comes from
// npm (@duckdb/node-api, pinned in package.json), for the benchmark only:
// `npm ci` in bench/duckdb first (bench/run.sh and check.sh do).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';

const [exportDir, holidays, out, asOf = '2026-11-23'] = process.argv.slice(2);
if (!exportDir || !holidays || !out || process.argv.length > 6 || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
  console.error('usage: node bench/duckdb/run.mjs EXPORT_DIR HOLIDAYS_CSV OUT_CSV [AS_OF (YYYY-MM-DD)]');
  process.exit(2);
}
const literal = (s) => `'${s.replaceAll("'", "''")}'`;

try {
  const sql = await readFile(join(dirname(fileURLToPath(import.meta.url)), 'cp_visit.sql'), 'utf8');
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(`SET VARIABLE export_dir = ${literal(exportDir)}`);
  await c.run(`SET VARIABLE holidays = ${literal(holidays)}`);
  await c.run(`SET VARIABLE as_of = DATE ${literal(asOf)}`);
  await c.run(sql);
  await c.run(`COPY cp_visit_breaches TO ${literal(out)} (HEADER, DELIMITER ',')`);
  const [[rows, late]] = (
    await c.runAndReadAll("SELECT count(*), count(*) FILTER (status = 'late') FROM cp_visit_breaches")
  ).getRows();
  console.error(`duckdb: camden/cp-visit: ${rows} breaches (${late} late, ${rows - late} missing) in ${out}`);
} catch (e) {
  console.error(`duckdb: ${e.message}`);
  process.exit(2);
}

// The statistics cube of bench_stats_cube's persons in DuckDB (issue 9), for
// bench/stats_compare: the same CSV loaded into an in-memory table, then the same
// aggregation as Haven's stats::count — every combination of the five breakdowns and every
// margin — without disclosure control, written two ways (below).
//   node cube.mjs CSV [runs=5]
// DuckDB runs with its defaults (as many threads as cores). The cube is materialised with
// CREATE TABLE AS, so that nothing is converted into JavaScript values: Haven's cube is a
// table in memory too. Peak memory is the whole process's (Node.js itself included; its
// size before the database opened is printed first).
import { DuckDBInstance } from '@duckdb/node-api';

const [csv, runsArgument] = process.argv.slice(2);
if (!csv) {
  console.error('usage: node cube.mjs CSV [runs=5]');
  process.exit(2);
}
const runs = Math.max(1, Number(runsArgument ?? 5));
const columns = 'sex, age, citizenship, status, agency';
const mib = (kib) => (kib / 1024).toFixed(0);
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

console.log(`peak memory before the database opened ${mib(process.resourceUsage().maxRSS)} MiB`);
const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
const scalar = async (sql) => (await connection.runAndReadAll(sql)).getRows()[0][0];
console.log(`DuckDB ${await scalar('SELECT version()')}, threads ${await scalar("SELECT current_setting('threads')")}`);

// The codes are small integers, as Haven holds them (16 bits); SMALLINT in both databases.
await connection.run(
  'CREATE TABLE persons (sex SMALLINT, age SMALLINT, citizenship SMALLINT, status SMALLINT, agency SMALLINT)');
let start = process.hrtime.bigint();
await connection.run(`COPY persons FROM '${csv.replaceAll("'", "''")}' (HEADER)`);
console.log(`load: ${await scalar('SELECT count(*) FROM persons')} rows in ${seconds(start).toFixed(2)} s`);

// The cube as the issue asks for it, and the same cube computed as Haven computes it — the
// five-way counts first, every margin summed from them — which is what an analyst who knows
// the engine would write.
const cube = `SELECT ${columns}, count(*) AS persons FROM persons GROUP BY CUBE (${columns})`;
const cubeOfCounts = `SELECT ${columns}, sum(persons)::BIGINT AS persons FROM (SELECT ${columns}, count(*) AS persons FROM persons GROUP BY ${columns}) GROUP BY CUBE (${columns})`;
for (const [label, query] of [['cube', cube], ['cube of counts', cubeOfCounts]]) {
  const times = [];
  for (let run = 1; run <= runs; ++run) {
    start = process.hrtime.bigint();
    await connection.run(`CREATE OR REPLACE TABLE cube AS ${query}`);
    times.push(seconds(start));
    console.log(`  ${label} ${run}: ${times.at(-1).toFixed(3)} s`);
  }
  const rows = await scalar('SELECT count(*) FROM cube');
  // The grand total (every column NULL: the codes themselves are never NULL) shows the
  // margins were counted, not only the combinations.
  const total = await scalar(`SELECT persons FROM cube WHERE coalesce(${columns}) IS NULL`);
  const sorted = [...times].sort((a, b) => a - b);
  console.log(
    `${label}: median ${sorted[Math.floor(runs / 2)].toFixed(3)} s, best ${sorted[0].toFixed(3)} s of ${runs} runs; ${rows} rows, grand total ${total}`);
}
console.log(`peak memory ${mib(process.resourceUsage().maxRSS)} MiB`);
connection.closeSync();
instance.closeSync();

// SPDX-License-Identifier: MIT
// DuckDB peer for the import benchmark: read_csv into a table, as ../shared/bench's DuckDB peer
// loads its data. Usage: node duckdb_import.mjs EVENTS.csv [DATABASE|:memory:]
import { DuckDBInstance } from '@duckdb/node-api';
import { performance } from 'node:perf_hooks';

const [file, database = ':memory:'] = process.argv.slice(2);
const lit = (s) => `'${String(s).replace(/'/g, "''")}'`;
const instance = await DuckDBInstance.create(database, { threads: '2' });
const con = await instance.connect();
const start = performance.now();
await con.run(`CREATE OR REPLACE TABLE events AS
SELECT * FROM read_csv(${lit(file)}, header = true, delim = ',', quote = '"',
  columns = {'user_id': 'VARCHAR', 'event': 'VARCHAR', 'ts_ms': 'BIGINT', 'source': 'VARCHAR',
             'plan': 'VARCHAR', 'channel': 'VARCHAR', 'variant': 'VARCHAR'})`);
if (database !== ':memory:') await con.run('CHECKPOINT');
console.log(`seconds ${((performance.now() - start) / 1000).toFixed(4)}`);

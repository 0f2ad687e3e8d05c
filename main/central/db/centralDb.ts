// The central service's connection pool and its one way to write: a transaction that commits whole or not at all.
import pg from 'pg';

// Counts and sums arrive as bigint (int8): the figures are whole numbers far below 2^53, so they are read as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (text) => Number(text));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (text) => Number(text));

export type CentralDb = pg.Pool;
export type CentralClient = pg.PoolClient;

export function openCentralDb(url: string): CentralDb {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  // An idle connection that PostgreSQL drops (a restart, the municipality's failover) must not take the service down.
  pool.on('error', () => {});
  return pool;
}

export async function inTransaction<T>(db: CentralDb, work: (client: CentralClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './support/test-server';

// Issue 12: probes an operator can trust — /livez, /readyz (database and migrations), /healthz its alias.

let server: TestServer;
let database: string;
beforeAll(async () => {
  server = await startTestServer();
  database = new URL(server.databaseUrl).pathname.slice(1);
});
afterAll(() => server?.close());

const probe = async (path: string) => {
  const response = await fetch(`${server.url}${path}`);
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
};
/** Runs a statement from the server's maintenance database (a database cannot shut its own door). */
async function maintenance(statement: string): Promise<void> {
  const url = new URL(server.databaseUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Readiness answers are kept for a second: wait that out before asking again. */
const afterTheCache = () => new Promise((resolve) => setTimeout(resolve, 1_100));

describe('health probes', () => {
  it('answers /livez, /readyz and /healthz with 200 when the database answers and every migration is applied', async () => {
    expect(await probe('/livez')).toMatchObject({ status: 200, body: { status: 'ok' } });
    const ready = await probe('/readyz');
    expect(ready).toMatchObject({ status: 200, retryAfter: null, body: { status: 'ok', checks: { database: 'ok', migrations: 'ok' } } });
    expect((await probe('/healthz')).body).toEqual(ready.body);
  });

  it('is not ready while a committed migration is not applied', async () => {
    const [last] = await server.sql<{ id: number; name: string; executed_at: string }>('select * from mikro_orm_migrations order by id desc limit 1');
    await server.sql('delete from mikro_orm_migrations where id = $1', [last.id]);
    try {
      await afterTheCache();
      expect(await probe('/readyz')).toMatchObject({ status: 503, retryAfter: '5', body: { status: 'not ready', checks: { database: 'ok', migrations: '1 pending' } } });
      expect((await probe('/livez')).status).toBe(200);
    } finally {
      await server.sql('insert into mikro_orm_migrations (id, name, executed_at) values ($1, $2, $3)', [last.id, last.name, last.executed_at]);
    }
    await afterTheCache();
    expect((await probe('/readyz')).status).toBe(200);
  });

  it('is not ready, within a second, while its database takes no connections, and ready again when it does', async () => {
    await maintenance(`alter database "${database}" allow_connections false`);
    try {
      await afterTheCache();
      const started = Date.now();
      const down = await probe('/readyz');
      expect(Date.now() - started).toBeLessThan(1_500);
      expect(down).toMatchObject({ status: 503, retryAfter: '5', body: { status: 'not ready', checks: { database: expect.stringMatching(/^unreachable/), migrations: 'unknown' } } });
      expect((await probe('/healthz')).status).toBe(503);
      expect((await probe('/livez')).status).toBe(200);
    } finally {
      await maintenance(`alter database "${database}" allow_connections true`);
    }
    await afterTheCache();
    expect((await probe('/readyz')).status).toBe(200);
  });
});

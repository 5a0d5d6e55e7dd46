import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeFor } from '../seeds/synthetic';
import { describeError } from '../src/core/log';
import { CreateEnterpriseDocument, IncentiveEligibilityDocument } from './generated/operations';
import { captureLog } from './support/log-capture';
import { startTestServer, type TestServer } from './support/test-server';

/**
 * Input PostgreSQL cannot hold is refused where it enters, as the caller's
 * mistake naming where; and what the server logs of an internal error carries
 * no values of the request and no line breaks from it.
 */
let server: TestServer;
const captured = captureLog();
beforeAll(async () => (server = await startTestServer({ mode: 'production', log: captured.log })));
afterAll(() => server?.close());

let serial = 950_000;
const newEnterprise = (changes: Record<string, unknown>) => ({
  nameZh: `边界测试企业${serial}`, creditCode: creditCodeFor('410172', serial++), ownership: 'PRIVATE' as const,
  regionCode: '410172', parkIds: [Buffer.from('Park:1').toString('base64url')], domainNumbers: [17], headcount: 10, ...changes,
});
const enterprises = async () => Number((await server.sql<{ n: string }>('select count(*) as n from enterprise'))[0].n);

describe('input refused at the boundary', () => {
  it('refuses a NUL character in a variable as BAD_USER_INPUT naming where, and writes nothing', async () => {
    const before = await enterprises();
    const result = await server.query(CreateEnterpriseDocument, { input: newEnterprise({ nameZh: '郑州\u0000软件' }) } as never, server.keys.admin);
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: '$input.nameZh' });
    expect(result.errors![0].message).toContain('NUL');
    expect(await enterprises()).toBe(before);
  });

  it('refuses a NUL character in a literal argument', async () => {
    const result = await server.query('{ search(text: "a\\u0000b") { score } }', undefined, null);
    expect(result.status).toBe(400);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'text' });
  });

  it('refuses dates outside 1900–2100, in variables and in literals, before any statement', async () => {
    const variable = await server.query(IncentiveEligibilityDocument, { asOf: '0000-01-01' }, null);
    expect(variable.status).toBe(400);
    expect(variable.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(variable.errors![0].message).toMatch(/1900-01-01 and 2100-12-31/);
    const literal = await server.query('{ policies { nodes { targets { current(asOf: "9999-12-31") } } } }', undefined, null);
    expect(literal.status).toBe(400);
    expect(literal.errors![0].message).toMatch(/1900-01-01 and 2100-12-31/);
    const before = await enterprises();
    const mutation = await server.query(CreateEnterpriseDocument, { input: newEnterprise({ foundedOn: '0000-06-01' }) } as never, server.keys.admin);
    expect(mutation.status).toBe(400);
    expect(mutation.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await enterprises()).toBe(before);
    const fine = await server.query(IncentiveEligibilityDocument, { asOf: '2020-06-30' }, null);
    expect(fine.errors).toBeUndefined();
  });
});

describe('what an internal error leaves in the log', () => {
  it('is one line, with the SQLSTATE and names of a database error but none of its values or SQL', () => {
    const error = Object.assign(new Error("insert into \"enterprise\" (\"name_zh\") values ('secret value\nFORGED LINE') - invalid byte sequence"), {
      code: '22021', table: 'enterprise', column: 'name_zh',
    });
    const line = describeError(error);
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/secret value|FORGED|insert into/);
    expect(line).toContain('SQLSTATE 22021');
    expect(line).toContain('table "enterprise"');
  });

  it('escapes line breaks in any other message', async () => {
    expect(describeError(new Error('bad\nFORGED: admin logged in'))).not.toContain('\n');
    // And the server logs through it: an internal error is one line, once, with the request id the client was given.
    await server.sql('alter table service_domain rename column name_en to name_en_broken');
    try {
      const result = await server.query('{ serviceDomains { nameEn } }', undefined, null);
      expect(result.errors![0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      const requestId = result.errors![0].extensions?.requestId;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const errors = captured.entries().filter((e) => e.msg === 'internal error');
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ level: 'error', requestId });
      const request = captured.entries().find((e) => e.msg === 'request' && e.requestId === requestId);
      expect(request).toMatchObject({ status: 200, codes: ['INTERNAL_SERVER_ERROR'] });
      for (const line of captured.lines) {
        expect(line.trimEnd()).not.toContain('\n');
        expect(line).not.toMatch(/select |from service_domain/i);
      }
    } finally {
      await server.sql('alter table service_domain rename column name_en_broken to name_en');
    }
  });
});

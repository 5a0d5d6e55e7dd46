import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../src/import/run-import';
import { toGlobalId } from '../src/core/ids';
import { ContractRecordProvenanceDocument, ImportBatchesDocument, ImportBatchNodeDocument, RollbackImportBatchByNumberDocument, RollbackImportBatchDocument } from './generated/operations';
import { startTestServer, type TestServer } from './support/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await runImport(server.orm.em.fork(), fixture('enterprises-bom.csv'), 'enterprises');
});
afterAll(() => server?.close());

const fixture = (name: string) => path.join(__dirname, 'fixtures/import', name);
/** The global ID of a batch whose number the import printed. */
const batchId = (number: number) => toGlobalId('ImportBatch', number);
const imported = async () =>
  server.sql<{ year: number; direction: string; executed_amount: string; provenance_batch_id: number }>(
    "select year, direction, executed_amount, provenance_batch_id from contract_record where provenance_source = 'IMPORT' order by year, direction, client_market",
  );

describe('import batches', () => {
  it('shows each record’s batch in its provenance, and lists batches to admins only', async () => {
    const report = await runImport(server.orm.em.fork(), fixture('contract-records.csv'), 'contract-records');
    const asAdmin = await server.query(ContractRecordProvenanceDocument, {}, server.keys.admin);
    expect(asAdmin.errors).toBeUndefined();
    const record = asAdmin.data!.contractRecords.nodes.find((n) => n.provenance?.source === 'IMPORT')!;
    const provenance = record.provenance!;
    expect(provenance).toMatchObject({ document: `import batch ${report.batchId}: contract-records.csv`, batch: { id: batchId(report.batchId!), number: report.batchId, fileName: 'contract-records.csv' } });
    // And when: the record was written by the batch's transaction.
    expect(provenance.recordedAt).toBe(provenance.batch!.createdAt);
    expect(provenance.importedAt).toBe(provenance.batch!.createdAt);
    // The batch (file name, checksum) is for admins; a contract record's provenance for those who may read its figures.
    const asResearcher = await server.query(ContractRecordProvenanceDocument, {}, server.keys.researcher);
    expect(asResearcher.errors!.every((e) => e.extensions?.code === 'FORBIDDEN' && e.path!.at(-1) === 'batch')).toBe(true);
    const asAnonymous = await server.query(ContractRecordProvenanceDocument, {}, null);
    expect(asAnonymous.errors!.some((e) => e.extensions?.code === 'UNAUTHENTICATED' && e.path!.at(-1) === 'provenance')).toBe(true);
    expect(asAnonymous.data!.contractRecords.nodes.every((n) => n.provenance === null)).toBe(true);
    const batches = await server.query(ImportBatchesDocument, {}, server.keys.admin);
    expect(batches.data!.importBatches.nodes[0]).toMatchObject({ id: batchId(report.batchId!), number: report.batchId, entity: 'contract-records', rowCount: 4, inserted: 4, checksum: report.checksum, rolledBackAt: null });
    expect((await server.query(ImportBatchesDocument, {}, server.keys.researcher)).errors![0].extensions?.code).toBe('FORBIDDEN');
    // Roll it back: the records it inserted are gone.
    // A batch is a node like any record: admins refetch it by its global ID; others are refused.
    const node = await server.query(ImportBatchNodeDocument, { id: batchId(report.batchId!) }, server.keys.admin);
    expect(node.data!.node).toMatchObject({ id: batchId(report.batchId!), number: report.batchId, fileName: 'contract-records.csv' });
    expect((await server.query(ImportBatchNodeDocument, { id: batchId(report.batchId!) }, server.keys.researcher)).errors![0].extensions?.code).toBe('FORBIDDEN');
    const rolled = await server.query(RollbackImportBatchDocument, { batchId: batchId(report.batchId!) }, server.keys.admin);
    expect(rolled.data!.rollbackImportBatch.clientMutationId).toBe('undo');
    expect(rolled.data!.rollbackImportBatch).toMatchObject({ deleted: 4, restored: 0, keptChangedSince: 0 });
    expect(rolled.data!.rollbackImportBatch.batch.rolledBackAt).not.toBeNull();
    expect(await imported()).toEqual([]);
    const again = await server.query(RollbackImportBatchDocument, { batchId: batchId(report.batchId!) }, server.keys.admin);
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'input.batchId' });
    // The deprecated form, by number, still answers (and names its own argument).
    const byNumber = await server.query(RollbackImportBatchByNumberDocument, { id: report.batchId! }, server.keys.admin);
    expect(byNumber.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'id' });
  });

  it('gives updated records back the values the rolled-back batch replaced', async () => {
    const first = await runImport(server.orm.em.fork(), fixture('contract-records.csv'), 'contract-records');
    const before = await imported();
    const second = await runImport(server.orm.em.fork(), fixture('contract-records.jsonl'), 'contract-records');
    expect(second).toMatchObject({ updated: 1, unchanged: 1 });
    expect((await imported()).find((r) => r.year === 2023 && r.direction === 'OFFSHORE')).toMatchObject({ executed_amount: '990000.00', provenance_batch_id: second.batchId });
    const rolled = await server.query(RollbackImportBatchByNumberDocument, { id: second.batchId! }, server.keys.admin);
    expect(rolled.data!.rollbackImportBatch).toMatchObject({ deleted: 0, restored: 1 });
    expect(await imported()).toEqual(before);
    expect(before.every((r) => r.provenance_batch_id === first.batchId)).toBe(true);
    expect((await server.query(RollbackImportBatchDocument, { batchId: batchId(first.batchId!) }, server.keys.parkAdmin)).errors![0].extensions?.code).toBe('FORBIDDEN');
  });
});

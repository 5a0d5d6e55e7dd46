import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { openDatabase } from '../core/database';
import { listTrustedDocuments, removeTrustedDocument } from './documents';
import { registerManifestFile } from './register';

/** `documents register FILE --client NAME`, `documents list`, `documents remove ID`; false for another command. */
export async function documentsCommand(command: string, args: string[]): Promise<boolean> {
  if (!['register', 'list', 'remove'].includes(command)) return false;
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { client: { type: 'string' } } });
  if (command === 'register' && !positionals[0]) throw new Error('Say which manifest file to register.');
  if (command === 'register' && !values.client) throw new Error('--client is required: say whose documents they are, e.g. --client "web-app 1.4".');
  if (command === 'remove' && !positionals[0]) throw new Error('Say which document: its id.');
  const db = await openDatabase(() => undefined);
  const em = db.orm.em.fork() as EntityManager;
  try {
    if (command === 'register') {
      const file = positionals[0];
      const report = await registerManifestFile(em, file, values.client!);
      for (const e of report.errors) console.log(`${e.id}: ${e.reason}`);
      if (report.errors.length) {
        console.log(`\n${report.errors.length} document(s) of ${report.documents} in ${file} cannot be registered; nothing was registered.`);
        process.exitCode = 1;
      } else {
        console.log(`Registered ${report.registered} new document(s), ${report.unchanged} unchanged, of ${report.documents} in ${file} for "${values.client}".`);
      }
    } else if (command === 'list') {
      for (const d of await listTrustedDocuments(em)) {
        console.log(`${d.id}  ${(d.operationName ?? '-').padEnd(28)}  "${d.client}"  ${d.createdAt.toISOString()}  ${d.length} chars`);
      }
    } else {
      const id = positionals[0];
      console.log((await removeTrustedDocument(em, id)) ? `Removed ${id} (running servers stop serving it within a second or so).` : `No document ${id}.`);
    }
  } finally {
    await db.close();
  }
  return true;
}

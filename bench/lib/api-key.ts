import { MikroORM } from '@mikro-orm/postgresql';
import { createApiKey } from '../../src/auth/api-keys';
import { Role } from '../../src/auth/viewer';
import { ormConfig } from '../../src/core/orm-config';

/** Issues a researcher key on the database at `databaseUrl` (reports and per-enterprise figures need one). */
export async function researcherKey(databaseUrl: string, label: string): Promise<string> {
  const orm = await MikroORM.init(ormConfig(databaseUrl));
  try {
    return (await createApiKey(orm.em.fork() as never, { role: Role.RESEARCHER, label })).key;
  } finally {
    await orm.close();
  }
}

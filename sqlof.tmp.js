require('reflect-metadata');
const { createApp } = require('./dist/src/core/server.js');
const { MikroORM } = require('@mikro-orm/postgresql');
const { ormConfig } = require('./dist/src/core/orm-config.js');
(async () => {
  const orm = await MikroORM.init(ormConfig(process.env.DB));
  const app = await createApp({ orm, mode: 'test', exposeSql: true });
  const port = await app.listen(0, '127.0.0.1');
  const body = require('fs').readFileSync(`bench/peer/og_${process.argv[2]}.json`, 'utf8');
  const r = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${process.env.KEY}` }, body });
  const j = await r.json();
  for (const s of j.extensions.sql.statements) console.log(s + ';\n');
  await app.close(); await orm.close();
})();

// PostGraphile V5 configuration for `npm run bench:peer` (adapted from the shared reference one).
// Amber preset + Relay preset (rowId / global node IDs) + pg-aggregates (for the report pairs).
// The bench copies this file into .cache/peer/ before starting it, so that the
// imports below resolve from the packages installed there.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileRelayPreset } from "postgraphile/presets/relay";
import { makePgService } from "postgraphile/adaptors/pg";
import { PgAggregatesPreset } from "@graphile/pg-aggregates";

const connectionString = process.env.PG5_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/og_peer";
const port = Number(process.env.PG5_PORT ?? 5102);

export default {
  extends: [PostGraphileAmberPreset, PostGraphileRelayPreset, PgAggregatesPreset],
  // The same pool size as this project's (MikroORM pool max 10).
  pgServices: [makePgService({ connectionString, schemas: ["public"], poolConfig: { max: 10 } })],
  grafserv: { port, host: "127.0.0.1", graphiql: false, watch: false, maxRequestLength: 1_000_000 },
  grafast: { explain: false },
};

import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126000000_initial } from './Migration20261126000000_initial';
import { Migration20261126010000_locations_websites } from './Migration20261126010000_locations_websites';
import { Migration20261126020000_exchange_rates } from './Migration20261126020000_exchange_rates';
import { Migration20261126030000_search_index } from './Migration20261126030000_search_index';
import { Migration20261126040000_api_keys } from './Migration20261126040000_api_keys';
import { Migration20261126050000_versions_audit } from './Migration20261126050000_versions_audit';
import { Migration20261126060000_import_batches } from './Migration20261126060000_import_batches';
import { Migration20261126070000_contract_record_indexes } from './Migration20261126070000_contract_record_indexes';
import { Migration20261126080000_batch_provenance } from './Migration20261126080000_batch_provenance';
import { Migration20261126090000_submissions } from './Migration20261126090000_submissions';
import { Migration20261126100000_natural_keys } from './Migration20261126100000_natural_keys';
import { Migration20261126110000_contract_record_history } from './Migration20261126110000_contract_record_history';
import { Migration20261126120000_enterprise_keys } from './Migration20261126120000_enterprise_keys';
import { Migration20261201000000_trusted_documents } from './Migration20261201000000_trusted_documents';
import { Migration20261207000000_statistics_releases } from './Migration20261207000000_statistics_releases';
import { Migration20261208000000_reporting_periods } from './Migration20261208000000_reporting_periods';
import { Migration20261208010000_policy_measures } from './Migration20261208010000_policy_measures';
import { Migration20261208020000_divisions } from './Migration20261208020000_divisions';
import { Migration20261208030000_unstated_support_scope } from './Migration20261208030000_unstated_support_scope';
import { Migration20261209000000_policy_keys } from './Migration20261209000000_policy_keys';
import { Migration20261215000000_change_feed } from './Migration20261215000000_change_feed';

/** The committed migrations, in order. Listed here so `dist/` and vitest find the same ones. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261126000000_initial', class: Migration20261126000000_initial },
  { name: 'Migration20261126010000_locations_websites', class: Migration20261126010000_locations_websites },
  { name: 'Migration20261126020000_exchange_rates', class: Migration20261126020000_exchange_rates },
  { name: 'Migration20261126030000_search_index', class: Migration20261126030000_search_index },
  { name: 'Migration20261126040000_api_keys', class: Migration20261126040000_api_keys },
  { name: 'Migration20261126050000_versions_audit', class: Migration20261126050000_versions_audit },
  { name: 'Migration20261126060000_import_batches', class: Migration20261126060000_import_batches },
  { name: 'Migration20261126070000_contract_record_indexes', class: Migration20261126070000_contract_record_indexes },
  { name: 'Migration20261126080000_batch_provenance', class: Migration20261126080000_batch_provenance },
  { name: 'Migration20261126090000_submissions', class: Migration20261126090000_submissions },
  { name: 'Migration20261126100000_natural_keys', class: Migration20261126100000_natural_keys },
  { name: 'Migration20261126110000_contract_record_history', class: Migration20261126110000_contract_record_history },
  { name: 'Migration20261126120000_enterprise_keys', class: Migration20261126120000_enterprise_keys },
  { name: 'Migration20261201000000_trusted_documents', class: Migration20261201000000_trusted_documents },
  { name: 'Migration20261207000000_statistics_releases', class: Migration20261207000000_statistics_releases },
  { name: 'Migration20261208000000_reporting_periods', class: Migration20261208000000_reporting_periods },
  { name: 'Migration20261208010000_policy_measures', class: Migration20261208010000_policy_measures },
  { name: 'Migration20261208020000_divisions', class: Migration20261208020000_divisions },
  { name: 'Migration20261208030000_unstated_support_scope', class: Migration20261208030000_unstated_support_scope },
  { name: 'Migration20261209000000_policy_keys', class: Migration20261209000000_policy_keys },
  { name: 'Migration20261215000000_change_feed', class: Migration20261215000000_change_feed },
];

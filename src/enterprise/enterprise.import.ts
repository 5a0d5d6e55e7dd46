import type { EntityImport } from '../import/entity-import';
import { countryCodes, creditCode, date, integer, links, oneOf, reference, text, to, url } from '../import/fields';
import { ListingBoard, Ownership } from './enterprise.entity';

/** 企业, by 统一社会信用代码; its parks and service domains as ;-separated lists. */
export const enterpriseImport: EntityImport = {
  entity: 'enterprises',
  table: 'enterprise',
  key: ['$.credit_code'],
  fields: [
    { ...text('credit_code', ['credit_code', 'creditCode', '统一社会信用代码', '信用代码'], 18, { required: true }), parse: creditCode },
    text('name_zh', ['name_zh', 'nameZh', 'name', '企业名称', '名称'], 200, { required: true }),
    text('name_en', ['name_en', 'nameEn', '英文名称'], 300),
    oneOf('ownership', ['ownership', '所有制', '企业性质'], Object.values(Ownership), { 国有: 'STATE', 民营: 'PRIVATE', 外商独资: 'FOREIGN_INVESTED', 合资: 'JOINT_VENTURE' }, { required: true }),
    date('founded_on', ['founded_on', 'foundedOn', '成立日期'], { past: true }),
    integer('headcount', ['headcount', '从业人员', '员工人数'], 0, 10_000_000),
    oneOf('listing_board', ['listing_board', 'listingBoard', '上市板块'], Object.values(ListingBoard)),
    reference('region_id', ['region_code', 'regionCode', '行政区划代码', '区域代码'], to.region, { required: true }),
    url('website', ['website', '网站']),
    countryCodes('client_markets', ['client_markets', 'clientMarkets', '客户市场']),
    links('parks', ['parks', '所在园区', '园区'], to.park, { table: 'enterprise_park', owner: 'enterprise_id', other: 'park_id' }),
    links('domains', ['domains', 'domain_numbers', '业务领域', '领域序号'], to.domain, { table: 'enterprise_domain', owner: 'enterprise_id', other: 'service_domain_id' }),
  ],
  exportOrder: '1',
};

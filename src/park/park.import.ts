import type { EntityImport } from '../import/entity-import';
import { decimal, integer, links, oneOf, reference, text, to, url } from '../import/fields';
import { ServiceCategory } from '../service-domain/service-domain.entity';
import { ParkKind, ParkLevel, ParkStatus } from './park.entity';

/** 园区, by Chinese name; its focus domains as a ;-separated list of catalog numbers. */
export const parkImport: EntityImport = {
  entity: 'parks',
  table: 'park',
  key: ['$.name_zh'],
  fields: [
    text('name_zh', ['name_zh', 'nameZh', 'name', '园区名称', '名称'], 200, { required: true }),
    text('name_en', ['name_en', 'nameEn', '英文名称'], 300, { required: true }),
    oneOf('kind', ['kind', '类型'], Object.values(ParkKind), {}, { required: true }),
    oneOf('level', ['level', '级别'], Object.values(ParkLevel), { 国家级: 'NATIONAL', 省级: 'PROVINCIAL', 市级: 'MUNICIPAL', 区级: 'DISTRICT' }),
    reference('region_id', ['region_code', 'regionCode', '行政区划代码', '区域代码'], to.region, { required: true }),
    integer('designation_year', ['designation_year', 'designationYear', '认定年份'], 1990, 2100),
    oneOf('focus_category', ['focus_category', 'focusCategory', '重点类别'], Object.values(ServiceCategory)),
    oneOf('status', ['status', '状态'], Object.values(ParkStatus), { 规划: 'PLANNED', 谋划: 'PLANNED', 在建: 'UNDER_CONSTRUCTION', 运营: 'ACTIVE', 关闭: 'CLOSED' }, { empty: ParkStatus.ACTIVE }),
    decimal('latitude', ['latitude', '纬度'], { from: -90, to: 90 }),
    decimal('longitude', ['longitude', '经度'], { from: -180, to: 180 }),
    url('website', ['website', '网站']),
    text('note', ['note', '备注'], 2000),
    links('focus_domains', ['focus_domains', 'focusDomains', '重点领域'], to.domain, { table: 'park_focus_domain', owner: 'park_id', other: 'service_domain_id' }),
  ],
  check: (v) => ('latitude' in v && 'longitude' in v && (v.latitude == null) !== (v.longitude == null) ? [['latitude', 'give both latitude and longitude, or neither']] : []),
  exportOrder: '1',
};

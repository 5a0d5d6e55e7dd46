import type { EntityImport } from '../import/entity-import';
import { boolean, reference, text, to } from '../import/fields';

/** 高校, by Chinese name. */
export const universityImport: EntityImport = {
  entity: 'universities',
  table: 'university',
  key: ['$.name_zh'],
  fields: [
    text('name_zh', ['name_zh', 'nameZh', 'name', '高校名称', '学校名称', '名称'], 200, { required: true }),
    text('name_en', ['name_en', 'nameEn', '英文名称'], 300),
    reference('region_id', ['region_code', 'regionCode', '行政区划代码', '区域代码'], to.region, { required: true }),
    boolean('offers_outsourcing_major', ['offers_outsourcing_major', 'offersOutsourcingMajor', '开设服务外包专业'], { empty: false }),
  ],
  exportOrder: '1',
};

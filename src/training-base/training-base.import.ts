import type { EntityImport } from '../import/entity-import';
import { integer, links, oneOf, reference, text, to } from '../import/fields';
import { OperatorKind, TrainingBaseKind } from './training-base.entity';

/** 培训基地, by Chinese name; run by a university, an enterprise or a named training organisation. */
export const trainingBaseImport: EntityImport = {
  entity: 'training-bases',
  table: 'training_base',
  key: ['$.name_zh'],
  fields: [
    text('name_zh', ['name_zh', 'nameZh', 'name', '基地名称', '名称'], 200, { required: true }),
    text('name_en', ['name_en', 'nameEn', '英文名称'], 300),
    oneOf('kind', ['kind', '类型'], Object.values(TrainingBaseKind), { 人才培养基地: 'TALENT_CULTIVATION_BASE', 实训基地: 'PRACTICAL_TRAINING_BASE', 培训机构: 'TRAINING_INSTITUTION' }, { required: true }),
    oneOf('operator_kind', ['operator_kind', 'operatorKind', '运营主体类型'], Object.values(OperatorKind), { 高校: 'UNIVERSITY', 企业: 'ENTERPRISE', 培训机构: 'TRAINING_ORGANISATION' }, { required: true }),
    reference('university_id', ['university', '高校'], to.university),
    reference('enterprise_id', ['enterprise_credit_code', 'enterpriseCreditCode', '企业信用代码'], to.enterprise),
    text('operator_name', ['operator_name', 'operatorName', '运营主体'], 200),
    reference('region_id', ['region_code', 'regionCode', '行政区划代码', '区域代码'], to.region, { required: true }),
    reference('park_id', ['park', '所在园区', '园区'], to.park),
    integer('yearly_capacity', ['yearly_capacity', 'yearlyCapacity', '年培训能力'], 0, 1_000_000),
    links('domains', ['domains', 'domain_numbers', '培训领域', '领域序号'], to.domain, { table: 'training_base_domain', owner: 'training_base_id', other: 'service_domain_id' }),
  ],
  check: (v) => {
    const needs = { UNIVERSITY: ['university_id', 'a university'], ENTERPRISE: ['enterprise_id', 'an enterprise credit code'], TRAINING_ORGANISATION: ['operator_name', 'an operator name'] } as const;
    const [column, what] = needs[v.operator_kind as OperatorKind] ?? [];
    // Only when the file has the column: else the stored value stands (and the database checks it).
    return column && column in v && v[column] == null ? [['operator_kind', `a base run by ${String(v.operator_kind)} needs ${what}`]] : [];
  },
  exportOrder: '1',
};

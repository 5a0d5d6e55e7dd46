/**
 * The two policy documents of ../shared/sources (copied to seeds/sources/), read section by
 * section, and the documents they cite. Three kinds of text are kept apart:
 * - quotes (`…Zh` fields: headings, operative sentences, schedules, target and incentive wording,
 *   bodies and funds) are the document's words, and test/document-fidelity.test.ts checks that
 *   each is in the source text;
 * - summaries (`summaryEn`, `…En`) are ours;
 * - readings (how an ambiguous text was turned into a date, a number, a status) are in `reading`,
 *   stored as provenance.note.
 */
import { DesignationKind } from '../src/designation/designation.entity';
import { IncentiveCommitment, IncentiveKind } from '../src/policy/incentive.entity';
import { MeasureInstrument as I } from '../src/policy/policy-measure.entity';
import { TargetMetric } from '../src/policy/policy-target.entity';
import { ParkLevel, ParkStatus } from '../src/park/park.entity';
import { PlatformKind } from '../src/platform/platform.entity';
import { SHAANXI_DOC, SHAANXI_FILE, ZHENGZHOU_DOC, ZHENGZHOU_FILE } from './real-facts';


/** Labels for the unnumbered paragraphs (ours): the opening paragraph, the closing paragraph, the annex. */
export const OPENING = '序言';
export const CLOSING = '结语';
export const ANNEX = '附件';

export interface MeasureFact {
  section: string;
  headingZh: string;
  quoteZh?: string;
  summaryEn: string;
  instrument: I;
  responsibleBodies?: Array<{ nameZh: string; nameEn: string; dutyZh: string; dutyEn: string }>;
  scheduleZh?: string;
  scheduleEn?: string;
  fundingSources?: Array<{ nameZh: string; nameEn: string }>;
  reading?: string;
}

export interface TargetFact {
  code: string;
  /** The document's words for the target (a quote). */
  descriptionZh: string;
  descriptionEn: string;
  metric: TargetMetric;
  designationKind?: DesignationKind;
  scopeRegion?: string;
  /** The peer set of a standing. */
  peerRegion?: string;
  minimum?: number;
  maximum?: number;
  unit: string;
  baseYear?: number;
  deadline?: string;
  deadlineNote?: string;
  locator: string;
  /** Every reading behind the figures: what is counted or measured, the base year, the deadline. */
  reading: string;
}

export interface IncentiveFact {
  code: string;
  kind: IncentiveKind;
  nameZh: string;
  nameEn: string;
  rate?: number;
  eligibleDesignation?: DesignationKind;
  textZh: string;
  commitment: IncentiveCommitment;
  commitmentZh: string;
  locator: string;
  reading?: string;
}

/** A document cited by one of the two, known from the citation: its text is not in the sources. */
export interface CitedPolicyFact {
  /** The platform's stable key: ASCII, never changed once published; every policy has one, with or without a 文号. */
  key: string;
  code: string | null;
  titleZh: string;
  titleEn: string;
  issuerZh: string;
  issuerEn: string;
  region: string;
}

export interface PolicyFact extends CitedPolicyFact {
  signedOn: string | null;
  publishedOn: string | null;
  file: string;
  reading?: string;
  measures: MeasureFact[];
  /** Documents cited, by code (or title where there is none), and the section citing them. */
  citations: Array<{ cited: string; section: string }>;
  targets: TargetFact[];
  incentives: IncentiveFact[];
}

const GUOFA_67 = '国发〔2014〕67号';
const YUZHENG_39 = '豫政〔2016〕39号';
const SHANGFUMAO_208 = '商服贸函〔2016〕208';
const ANNOUNCEMENT_29 = '商务部、财政部、海关总署2016年第29号公告';
const CATALOG = '服务外包产业重点发展领域指导目录';

export const citedPolicies: CitedPolicyFact[] = [
  { key: 'guofa-2014-67', code: GUOFA_67, titleZh: '国务院关于促进服务外包产业加快发展的意见', titleEn: 'Opinions of the State Council on promoting the accelerated development of the service outsourcing industry',
    issuerZh: '国务院', issuerEn: 'State Council', region: 'CN' },
  { key: 'yuzheng-2016-39', code: YUZHENG_39, titleZh: '河南省人民政府关于促进服务外包产业加快发展的实施意见', titleEn: 'Implementation opinions of the Henan Provincial People’s Government on promoting the accelerated development of service outsourcing',
    issuerZh: '河南省人民政府', issuerEn: 'Henan Provincial People’s Government', region: '410000' },
  { key: 'shangfumaohan-2016-208', code: SHANGFUMAO_208, titleZh: '关于新增中国服务外包示范城市的通知', titleEn: 'Notice on new China service-outsourcing demonstration cities',
    issuerZh: '商务部等九部委', issuerEn: 'MOFCOM and eight other ministries', region: 'CN' },
  { key: 'mofcom-mof-gac-2016-29', code: ANNOUNCEMENT_29, titleZh: '商务部、财政部、海关总署2016年第29号公告', titleEn: 'MOFCOM, MOF and GAC announcement No. 29 of 2016 (its title is not given in the sources)',
    issuerZh: '商务部、财政部、海关总署', issuerEn: 'Ministry of Commerce, Ministry of Finance, General Administration of Customs', region: 'CN' },
  { key: 'mofcom-key-domains-catalogue', code: null, titleZh: CATALOG, titleEn: 'Guiding catalogue of key development domains of service outsourcing',
    issuerZh: '商务部', issuerEn: 'Ministry of Commerce', region: 'CN' },
];

const ZZ_DEADLINE_NOTE = '“通过3—5年努力” (within 3–5 years) from signing on 2017-08-17: 2020-08-17 at the earliest; the latest date, 2022-08-17, is stored. '
  + 'The same paragraph opens with “十三五”期间 (2016–2020), which would put the deadline at 2020-12-31; we follow the sentence that states the targets.';
const SN_DEADLINE_NOTE = 'The 5251 project states no date; read as the document’s horizon “到2020年” (by 2020): 2020-12-31.';
const SN_BASE_YEAR = 'Base year 2015 is our reading: the text gives none. It cites 国发〔2014〕67号 and the 十八届四中全会 (2014), and commissions a 十三五 (2016–2020) plan still to be drawn up (（六）), so it was written before 十三五 began, in 2015; growth “到2020年” is counted from 2015, the last full year before it.';
const SUPPORT_READING = '“支持N家/个” (support N) is counted as N holders of the designation on the deadline: the text names no designation; its holders are who the province supports.';
const COUNT_READING = 'Counted: designations of this kind valid on the date, held within the scope region.';
const GROWTH_READING = 'Measured as the compound annual growth of contract value executed (执行额) in USD, base year to deadline. The text says “业务” (business) and names neither signed nor executed value nor a currency: signed value, or CNY, give other rates (CNY moves the rate by the exchange rate’s own trend).';

export const policies: PolicyFact[] = [
  {
    key: 'zhengzhou-2017-29',
    code: ZHENGZHOU_DOC,
    titleZh: '郑州市人民政府关于促进服务外包产业快速发展的实施意见',
    titleEn: 'Implementation opinions of the Zhengzhou Municipal People’s Government on promoting rapid development of the service outsourcing industry',
    issuerZh: '郑州市人民政府', issuerEn: 'Zhengzhou Municipal People’s Government',
    region: '410100', signedOn: '2017-08-17', publishedOn: '2017-08-28', file: ZHENGZHOU_FILE,
    citations: [
      { cited: GUOFA_67, section: OPENING }, { cited: YUZHENG_39, section: OPENING },
      { cited: CATALOG, section: '（十一）' },
      { cited: GUOFA_67, section: '（十三）' }, { cited: SHANGFUMAO_208, section: '（十三）' },
      { cited: ANNOUNCEMENT_29, section: ANNEX },
    ],
    measures: [
      { section: '（一）', headingZh: '充分认识发展服务外包的重要意义', instrument: I.GOALS,
        summaryEn: 'Why outsourcing matters: MOFCOM’s 2015 definition, the 2006 千百十 programme, the demonstration cities since 2009; a knowledge-intensive, low-pollution, job-creating industry.' },
      { section: '（二）', headingZh: '确立我市服务外包产业发展的指导思想', instrument: I.GOALS,
        quoteZh: '以中国服务外包示范城市建设为契机，发挥中国（河南）自由贸易试验区、中国（郑州）跨境电子商务综合试验区等我市承担的国家战略和对外开放平台',
        summaryEn: 'Guiding ideas: use the demonstration-city status, the Henan free-trade zone and the Zhengzhou cross-border e-commerce zone; “中原文化、郑州服务”.' },
      { section: '（三）', headingZh: '明确服务外包产业发展的主要目标', instrument: I.GOALS,
        quoteZh: '大力发展知识流程外包（KPO），做大做强信息技术外包（ITO），完善提升业务流程外包（BPO）',
        scheduleZh: '通过3—5年努力', scheduleEn: 'within 3–5 years (the paragraph opens with “十三五”期间, 2016–2020)',
        summaryEn: 'Expand KPO, grow ITO, improve BPO; within 3–5 years 10–15 demonstration parks, 10 industry-leading and 100 city key enterprises, international execution leading central-western China.' },
      { section: '（四）', headingZh: '明确服务外包产业发展导向', instrument: I.INDUSTRY_GUIDANCE,
        quoteZh: '着力发展高技术、高附加值服务外包业务',
        summaryEn: 'Develop ITO, BPO and KPO together; move firms from labour-cost IT services to process re-engineering and proprietary services.' },
      { section: '（五）', headingZh: '优化服务外包产业发展格局', instrument: I.LAYOUT,
        quoteZh: '整合优化全市服务外包产业发展格局',
        summaryEn: 'Layout: ITO in the high-tech zone (around the 863 incubator) and 金水区; KPO in 金水区 and 郑东新区; BPO on 郑东新区 finance and the logistics of the ETDZ and the airport zone; other counties by their strengths.' },
      { section: '（六）', headingZh: '强化服务外包主体培育', instrument: I.ENTERPRISES,
        quoteZh: '培育一批创新能力强、集成服务水平高、具有国际竞争力的服务外包龙头企业，同时支持中小型服务外包企业沿“专、精、特、新”方向不断增强市场竞争力',
        responsibleBodies: [{ nameZh: '各相关部门', nameEn: 'the departments concerned', dutyZh: '要不断拓宽购买服务领域', dutyEn: 'widen the services government buys' }],
        summaryEn: 'Grow leading enterprises and specialised (专精特新) SMEs; manufacturers and e-commerce firms to outsource; cooperation among firms.' },
      { section: '（七）', headingZh: '加快服务外包“引进来”和“走出去”步伐', instrument: I.MARKETS,
        quoteZh: '密切与“一带一路”沿线国家和地区的联系，面向欧美、日韩、港台等重点区域举办服务外包主题招商和项目对接活动',
        summaryEn: 'Attract international firms and their R&D centres; help firms go abroad; court Belt and Road countries, Europe and America, Japan and Korea, Hong Kong and Taiwan.' },
      { section: '（八）', headingZh: '实施服务外包示范园区创建工程', instrument: I.PARKS,
        quoteZh: '遴选产业基础扎实、发展态势良好的园区加强载体建设，发展特色服务外包业务，打造服务外包特色产业集聚区和示范园区',
        summaryEn: 'Demonstration-park programme; eligible: ETDZs, high-tech zones, industrial clusters, CBDs and featured commercial districts, e-commerce parks, brand-consumption clusters, featured export bases.' },
      { section: '（九）', headingZh: '增强服务外包人才和智力支撑', instrument: I.TALENT,
        quoteZh: '鼓励通过校企合作等模式，建设服务外包人才培养基地和实训基地',
        summaryEn: 'Training bases with universities; exchange of researchers and engineers; recruit talent from abroad.' },
      { section: '（十）', headingZh: '加强行业协会建设', instrument: I.ASSOCIATIONS,
        quoteZh: '推进协会与行业组织建设',
        summaryEn: 'Industry associations: exchange, credit management, self-regulation, market analysis and statistics.' },
      { section: '（十一）', headingZh: '完善服务外包统计体系', instrument: I.STATISTICS,
        quoteZh: '着力研究重点园区、重点企业数据直报工作',
        summaryEn: 'Statistics by MOFCOM’s catalogue; a public service platform; direct reporting (数据直报) by key parks and enterprises.' },
      { section: '（十二）', headingZh: '加大财政支持力度', instrument: I.FISCAL,
        quoteZh: '按照培育龙头、建设梯队、锻造队伍、突出离岸、内外兼顾的原则，支持服务外包产业发展',
        fundingSources: [{ nameZh: '中央、省外经贸和市对外开放等专项资金', nameEn: 'special funds: central and provincial foreign-trade funds and the city’s opening-up fund' }],
        summaryEn: 'Public money from existing special funds, within MOFCOM’s key domains, on five principles; no amounts are given.' },
      { section: '（十三）', headingZh: '落实税收优惠政策', instrument: I.TAX,
        quoteZh: '落实国家针对中国服务外包示范城市相关优惠税收政策',
        summaryEn: 'Carry out the national tax incentives for demonstration cities: 15% income tax and the 8% staff-education deduction for technology-advanced service enterprises; VAT zero rate and exemption for international outsourcing.' },
      { section: '（十四）', headingZh: '加强金融服务', instrument: I.FINANCIAL,
        quoteZh: '引导融资担保机构加强对服务外包中小企业融资担保服务',
        summaryEn: 'Receivables pledges, export credit insurance, guarantees for SMEs, listing and bond issues.' },
      { section: '（十五）', headingZh: '提升便利化水平', instrument: I.FACILITATION,
        quoteZh: '推进境外投资便利化，实行备案为主的管理方式',
        summaryEn: 'Outbound investment by filing; customs; foreign exchange and RMB settlement; entry and residence for foreign staff; network access and international lines.' },
      { section: '（十六）', headingZh: '加强组织领导', instrument: I.ORGANISATION,
        quoteZh: '市服务外包工作领导小组负责统筹全市服务外包产业发展总体工作',
        responsibleBodies: [
          { nameZh: '市服务外包工作领导小组', nameEn: 'the city’s service-outsourcing leading group', dutyZh: '负责统筹全市服务外包产业发展总体工作，指导全市服务外包产业发展', dutyEn: 'plan and guide the whole programme' },
          { nameZh: '领导小组办公室（设在市商务局）', nameEn: 'the leading group’s office, at the city commerce bureau', dutyZh: '负责具体组织、协调全市服务外包产业发展的日常工作', dutyEn: 'organise and coordinate the day-to-day work' },
          { nameZh: '各县（市、区）、开发区', nameEn: 'every county, city, district and development zone', dutyZh: '要明确服务外包产业发展的主管单位和分管领导，制定辖区服务外包产业发展工作方案和年度工作目标', dutyEn: 'name a lead unit and a leader in charge; write a work plan and annual targets' },
        ],
        scheduleZh: '年度工作目标', scheduleEn: 'annual work targets, set by each county, district and development zone',
        summaryEn: 'Who leads: the leading group, its office at the commerce bureau, lead units in every county and zone with annual targets.' },
      { section: '（十七）', headingZh: '营造法治化营商环境', instrument: I.BUSINESS_ENVIRONMENT,
        quoteZh: '依法加强对服务外包领域版权、专利、商标、技术秘密等知识产权和信息安全的保护和监管力度',
        summaryEn: 'Protect IP and information security; firms to set up IP management.' },
    ],
    targets: [
      { code: 'ZZ2017-29/demonstration-parks', descriptionZh: '形成10—15个主导产业突出、创新能力强、体制机制先进的服务外包产业示范园区', descriptionEn: '10–15 service-outsourcing demonstration parks with strong lead industries',
        metric: TargetMetric.DESIGNATION_COUNT, designationKind: DesignationKind.DEMONSTRATION_PARK, scopeRegion: '410100', minimum: 10, maximum: 15, unit: 'parks', baseYear: 2017, deadline: '2022-08-17', deadlineNote: ZZ_DEADLINE_NOTE, locator: '（三）',
        reading: `${COUNT_READING} “形成” (form) is read as parks designated demonstration parks. Base year 2017: the year of signing. ${ZZ_DEADLINE_NOTE}` },
      { code: 'ZZ2017-29/industry-leading-enterprises', descriptionZh: '培育10家行业领军型企业', descriptionEn: '10 industry-leading enterprises',
        metric: TargetMetric.DESIGNATION_COUNT, designationKind: DesignationKind.INDUSTRY_LEADING_ENTERPRISE, scopeRegion: '410100', minimum: 10, unit: 'enterprises', baseYear: 2017, deadline: '2022-08-17', deadlineNote: ZZ_DEADLINE_NOTE, locator: '（三）',
        reading: `${COUNT_READING} “培育” (cultivate) is read as enterprises designated industry-leading. Base year 2017: the year of signing. ${ZZ_DEADLINE_NOTE}` },
      { code: 'ZZ2017-29/city-key-enterprises', descriptionZh: '100家市级重点企业', descriptionEn: '100 city-level key enterprises',
        metric: TargetMetric.DESIGNATION_COUNT, designationKind: DesignationKind.CITY_KEY_ENTERPRISE, scopeRegion: '410100', minimum: 100, unit: 'enterprises', baseYear: 2017, deadline: '2022-08-17', deadlineNote: ZZ_DEADLINE_NOTE, locator: '（三）',
        reading: `${COUNT_READING} Base year 2017: the year of signing. ${ZZ_DEADLINE_NOTE}` },
      { code: 'ZZ2017-29/international-execution', descriptionZh: '国际服务外包合同年度执行总额及增长速度处于国家中西部地区领先水平', descriptionEn: 'International contract execution total and growth leading central-western China',
        metric: TargetMetric.INTERNATIONAL_EXECUTION_STANDING, scopeRegion: '410100', peerRegion: 'CN-CENTRAL-WESTERN', unit: 'standing among central-western cities', baseYear: 2017, deadline: '2022-08-17', deadlineNote: ZZ_DEADLINE_NOTE, locator: '（三）',
        reading: `NOT_MEASURED: a standing among “中西部地区” (central and western China; peerRegion CN-CENTRAL-WESTERN, its 18 provinces by national convention) needs the figures of its other cities, which the platform does not hold. ${ZZ_DEADLINE_NOTE}` },
    ],
    incentives: [
      { code: 'ZZ2017-29/income-tax-15', kind: IncentiveKind.REDUCED_INCOME_TAX_RATE, nameZh: '技术先进型服务企业减按15%税率缴纳企业所得税', nameEn: 'Enterprise income tax at 15% for technology-advanced service enterprises', rate: 0.15,
        eligibleDesignation: DesignationKind.TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE, textZh: '经认定的技术先进型服务企业减按15%税率缴纳企业所得税',
        commitment: IncentiveCommitment.APPLY, commitmentZh: '落实国家针对中国服务外包示范城市相关优惠税收政策', locator: '（十三）',
        reading: 'Eligibility is read as the national rule’s: a designated (经认定的) technology-advanced service enterprise registered in the city.' },
      { code: 'ZZ2017-29/staff-education-8', kind: IncentiveKind.STAFF_EDUCATION_DEDUCTION, nameZh: '职工教育经费不超过工资薪金总额8%的部分税前扣除', nameEn: 'Staff-education spending up to 8% of total wages deductible, the excess carried forward', rate: 0.08,
        eligibleDesignation: DesignationKind.TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE, textZh: '经认定的技术先进型服务企业职工教育经费不超过工资薪金总额8%的部分，准予在计算应纳税所得额时扣除，超过部分，准予在以后纳税年度结转扣除',
        commitment: IncentiveCommitment.APPLY, commitmentZh: '落实国家针对中国服务外包示范城市相关优惠税收政策', locator: '（十三）',
        reading: 'Eligibility is read as the national rule’s: a designated (经认定的) technology-advanced service enterprise registered in the city.' },
      { code: 'ZZ2017-29/vat-zero-rate', kind: IncentiveKind.VAT_ZERO_RATE_OR_EXEMPTION, nameZh: '国际服务外包增值税零税率和免税', nameEn: 'VAT zero rate and exemption for international service outsourcing',
        textZh: '国际服务外包增值税零税率和免税', commitment: IncentiveCommitment.APPLY, commitmentZh: '落实国家针对中国服务外包示范城市相关优惠税收政策', locator: '（十三）',
        reading: 'Eligibility is read as following from the business (international contracts), not from a designation.' },
    ],
  },
  {
    key: 'shaanxi-service-outsourcing-2015',
    code: null,
    titleZh: SHAANXI_DOC,
    titleEn: 'Implementation opinions of the Shaanxi Provincial People’s Government on accelerating the development of service outsourcing (the "5251" industry-upgrade project)',
    issuerZh: '陕西省人民政府', issuerEn: 'Shaanxi Provincial People’s Government',
    region: '610000', signedOn: null, publishedOn: null, file: SHAANXI_FILE,
    reading: 'The source text has no title, document-code or date lines; the title is read off its opening paragraph, and code and dates are left empty rather than guessed.',
    citations: [{ cited: GUOFA_67, section: OPENING }, { cited: CATALOG, section: '（三）' }],
    measures: [
      { section: '（一）', headingZh: '发展思路', instrument: I.GOALS,
        quoteZh: '促进在岸离岸服务外包产业协调发展',
        summaryEn: 'Market-led, policy-guided; onshore and offshore together; attract and grow firms; “一线集聚、多点崛起”.' },
      { section: '（二）', headingZh: '发展目标', instrument: I.GOALS,
        quoteZh: '实施服务外包“5251”产业提升工程',
        scheduleZh: '到2020年', scheduleEn: 'by 2020',
        summaryEn: 'The 5251 project: 5 provincial bases (3 in 关中, 1 each in 陕南 and 陕北), 20 leading enterprises, 50 featured enterprises, 10 key training institutions; growth of 30% a year, international 25%.' },
      { section: '（三）', headingZh: '大力发展软件研发和信息技术服务外包', instrument: I.INDUSTRY_GUIDANCE,
        quoteZh: '大力发展软件开发与测试、运行维护、信息系统应用服务以及电信业务咨询、互联网、医疗、生物医药、能源、工业和工程研发设计等领域服务外包业务',
        summaryEn: 'Software R&D and IT services by the national catalogue; government procurement of services.' },
      { section: '（四）', headingZh: '加快发展文化创意及交通物流服务外包', instrument: I.INDUSTRY_GUIDANCE,
        quoteZh: '推进文化保税园区建设',
        summaryEn: 'A cultural bonded park; film, media, animation, digital publishing; international logistics routes under the Belt and Road.' },
      { section: '（五）', headingZh: '积极发展金融保险行业服务外包', instrument: I.FINANCIAL,
        quoteZh: '加快发展金融服务外包业务，鼓励金融机构将非核心业务外包',
        summaryEn: 'Finance and insurance outsourcing; export credit insurance; guarantees; venture capital.' },
      { section: '（六）', headingZh: '加强规划引导', instrument: I.PLANNING,
        quoteZh: '制定《陕西省国际服务外包产业发展“十三五”规划》',
        summaryEn: 'Draw up a 十三五 plan for international outsourcing, with infrastructure and innovation projects.' },
      { section: '（七）', headingZh: '构建服务外包产业发展新格局', instrument: I.LAYOUT,
        quoteZh: '辐射带动西咸新区、宝鸡市、咸阳市、渭南市、杨凌示范区服务外包产业快速发展，形成关中区域服务外包产业集聚带',
        summaryEn: 'Xi’an leads and radiates to 西咸新区, 宝鸡, 咸阳, 渭南, 杨凌 (the 关中 belt); 汉中, 安康, 延安, 榆林 develop by local strengths.',
        reading: 'The section names 汉中, 安康, 延安 and 榆林 but assigns none of them to 陕南 or 陕北: that membership is general geography, not the document’s.' },
      { section: '（八）', headingZh: '开拓服务外包国际市场', instrument: I.MARKETS,
        quoteZh: '巩固和加强与欧美、日韩及东南亚等国家和地区的交流合作',
        summaryEn: 'Markets: Belt and Road; Europe and America; Japan and Korea; South-east Asia; fairs abroad.' },
      { section: '（九）', headingZh: '落实税收优惠政策', instrument: I.TAX,
        quoteZh: '从区域和领域上扩大对技术先进型服务企业减按15%税率缴纳企业所得税和职工教育经费不超过工资薪金总额8%部分税前扣除的税收优惠政策实施范围',
        summaryEn: 'Widen, by region and by domain, where the national 15% income-tax rate and 8% staff-education deduction apply; carry out the VAT zero rate and exemption.' },
      { section: '（十）', headingZh: '加大财政支持力度', instrument: I.FISCAL,
        quoteZh: '完善制定省内各级财政对服务外包产业的支持政策',
        fundingSources: [
          { nameZh: '省内各级财政', nameEn: 'budgets of every level of government in the province' },
          { nameZh: '社会资金', nameEn: 'private capital, to be drawn in' },
        ],
        summaryEn: 'Support from every level’s budget for R&D, upgrading, certification, public services, new firms and promotion; draw in private money; no amounts are given.' },
      { section: '（十一）', headingZh: '提升便利化水平', instrument: I.FACILITATION,
        quoteZh: '允许服务外包企业开设经常项目外汇专用账户',
        summaryEn: 'Customs and inspection of samples; foreign-exchange accounts; RMB settlement; network access; entry and residence for foreign staff.' },
      { section: '（十二）', headingZh: '加大人才培育和引进力度', instrument: I.TALENT,
        quoteZh: '引导省内高等院校结合产业发展需求，增设服务外包专业',
        summaryEn: 'Universities with firms: research platforms, two-way cooperation, new outsourcing majors; recruit top talent and returnees.' },
      { section: '（十三）', headingZh: '强化企业创新能力建设', instrument: I.INNOVATION,
        quoteZh: '支持产业技术创新和应用战略联盟发展',
        summaryEn: 'Enterprise-led innovation with universities; industry alliances; long-term contracts.' },
      { section: '（十四）', headingZh: '优化产业发展环境', instrument: I.BUSINESS_ENVIRONMENT,
        quoteZh: '推进服务外包企业信用建设',
        summaryEn: 'IP enforcement, enterprise credit records and ratings, international telecoms, information security.' },
      { section: '（十五）', headingZh: '落实服务外包统计制度', instrument: I.STATISTICS,
        quoteZh: '完善服务外包统计体系和制度',
        responsibleBodies: [{ nameZh: '商务、统计、海关、外汇管理等有关部门', nameEn: 'the commerce, statistics, customs and foreign-exchange departments', dutyZh: '要加强联系与合作，建立有相关部门参加的产业发展联系沟通机制和信息共享机制', dutyEn: 'cooperate, with a liaison and information-sharing mechanism' }],
        summaryEn: 'A statistics system shared by the commerce, statistics, customs and foreign-exchange departments.' },
      { section: CLOSING, headingZh: '各地、各部门要加强组织领导', instrument: I.ORGANISATION,
        quoteZh: '省商务厅要定期对本意见贯彻落实情况进行督促检查，每半年向省政府报告一次落实情况',
        responsibleBodies: [
          { nameZh: '省商务厅', nameEn: 'the provincial department of commerce', dutyZh: '要加强统筹协调和督促指导', dutyEn: 'coordinate, supervise and guide; inspect implementation and report every half year' },
          { nameZh: '各地、各部门', nameEn: 'every locality and department', dutyZh: '要细化支持服务外包产业加快发展的具体措施', dutyEn: 'work out concrete measures' },
        ],
        scheduleZh: '每半年向省政府报告一次落实情况', scheduleEn: 'every half year, a report to the provincial government on implementation',
        summaryEn: 'Who leads: the provincial department of commerce coordinates and reports every half year; localities and departments detail the measures.',
        reading: 'The closing paragraph has no number; 结语 (closing) is our label.' },
    ],
    targets: [
      { code: 'SN5251/provincial-bases', descriptionZh: '建设5个省级服务外包产业发展基地', descriptionEn: '5 provincial service-outsourcing development bases',
        metric: TargetMetric.DESIGNATION_COUNT, designationKind: DesignationKind.PROVINCIAL_DEVELOPMENT_BASE, scopeRegion: '610000', minimum: 5, unit: 'bases', baseYear: 2015, deadline: '2020-12-31', deadlineNote: SN_DEADLINE_NOTE, locator: '（二）',
        reading: `${COUNT_READING} ${SN_BASE_YEAR} ${SN_DEADLINE_NOTE}` },
      { code: 'SN5251/provincial-bases-guanzhong', descriptionZh: '其中关中3个', descriptionEn: '3 of the bases in Guanzhong (关中)',
        metric: TargetMetric.DESIGNATION_COUNT, designationKind: DesignationKind.PROVINCIAL_DEVELOPMENT_BASE, scopeRegion: 'SN-GUANZHONG', minimum: 3, unit: 'bases', baseYear: 2015, deadline: '2020-12-31', deadlineNote: SN_DEADLINE_NOTE, locator: '（二）',
        reading: `${COUNT_READING} 关中 as its members: the places （七） names in the 关中 belt. ${SN_BASE_YEAR} ${SN_DEADLINE_NOTE}` },
      { code: 'SN5251/provincial-bases-south', descriptionZh: '陕南、陕北各1个', descriptionEn: '1 of the bases in southern Shaanxi (陕南): “1 each in 陕南 and 陕北”',
        metric: TargetMetric.DESIGNATION_COUNT, designationKind: DesignationKind.PROVINCIAL_DEVELOPMENT_BASE, scopeRegion: 'SN-SOUTH', minimum: 1, unit: 'bases', baseYear: 2015, deadline: '2020-12-31', deadlineNote: SN_DEADLINE_NOTE, locator: '（二）',
        reading: `${COUNT_READING} “陕南、陕北各1个” is split into one target for each. 陕南 as its members by general geography (the text does not list them). ${SN_BASE_YEAR} ${SN_DEADLINE_NOTE}` },
      { code: 'SN5251/provincial-bases-north', descriptionZh: '陕南、陕北各1个', descriptionEn: '1 of the bases in northern Shaanxi (陕北): “1 each in 陕南 and 陕北”',
        metric: TargetMetric.DESIGNATION_COUNT, designationKind: DesignationKind.PROVINCIAL_DEVELOPMENT_BASE, scopeRegion: 'SN-NORTH', minimum: 1, unit: 'bases', baseYear: 2015, deadline: '2020-12-31', deadlineNote: SN_DEADLINE_NOTE, locator: '（二）',
        reading: `${COUNT_READING} “陕南、陕北各1个” is split into one target for each. 陕北 as its members by general geography (the text does not list them). ${SN_BASE_YEAR} ${SN_DEADLINE_NOTE}` },
      { code: 'SN5251/leading-enterprises', descriptionZh: '支持20家服务外包龙头企业加快发展', descriptionEn: '20 leading service-outsourcing enterprises',
        metric: TargetMetric.DESIGNATION_COUNT, designationKind: DesignationKind.PROVINCIAL_LEADING_ENTERPRISE, scopeRegion: '610000', minimum: 20, unit: 'enterprises', baseYear: 2015, deadline: '2020-12-31', deadlineNote: SN_DEADLINE_NOTE, locator: '（二）',
        reading: `${SUPPORT_READING} ${SN_BASE_YEAR} ${SN_DEADLINE_NOTE}` },
      { code: 'SN5251/featured-enterprises', descriptionZh: '支持50家服务外包企业走特色化发展道路', descriptionEn: '50 enterprises on a featured (特色化) path',
        metric: TargetMetric.DESIGNATION_COUNT, designationKind: DesignationKind.FEATURED_ENTERPRISE, scopeRegion: '610000', minimum: 50, unit: 'enterprises', baseYear: 2015, deadline: '2020-12-31', deadlineNote: SN_DEADLINE_NOTE, locator: '（二）',
        reading: `${SUPPORT_READING} Only FEATURED_ENTERPRISE counts: Zhengzhou’s 专精特新 SMEs (SPECIALISED_SME) are another designation. ${SN_BASE_YEAR} ${SN_DEADLINE_NOTE}` },
      { code: 'SN5251/key-training-institutions', descriptionZh: '支持10个省级服务外包重点人才培训机构向规模化发展', descriptionEn: '10 provincial key talent-training institutions',
        metric: TargetMetric.DESIGNATION_COUNT, designationKind: DesignationKind.PROVINCIAL_KEY_TRAINING_INSTITUTION, scopeRegion: '610000', minimum: 10, unit: 'institutions', baseYear: 2015, deadline: '2020-12-31', deadlineNote: SN_DEADLINE_NOTE, locator: '（二）',
        reading: `${SUPPORT_READING} ${SN_BASE_YEAR} ${SN_DEADLINE_NOTE}` },
      { code: 'SN5251/growth', descriptionZh: '到2020年，力争保持服务外包业务平均年增长30%以上', descriptionEn: 'Average annual growth of service-outsourcing business of at least 30% to 2020',
        metric: TargetMetric.CONTRACT_GROWTH_RATE, scopeRegion: '610000', minimum: 30, unit: 'percent a year', baseYear: 2015, deadline: '2020-12-31', deadlineNote: SN_DEADLINE_NOTE, locator: '（二）',
        reading: `${GROWTH_READING} ${SN_BASE_YEAR}` },
      { code: 'SN5251/international-growth', descriptionZh: '其中国际服务外包业务平均年增长25%以上', descriptionEn: 'Average annual growth of international service-outsourcing business of at least 25% to 2020',
        metric: TargetMetric.INTERNATIONAL_CONTRACT_GROWTH_RATE, scopeRegion: '610000', minimum: 25, unit: 'percent a year', baseYear: 2015, deadline: '2020-12-31', deadlineNote: SN_DEADLINE_NOTE, locator: '（二）',
        reading: `${GROWTH_READING} International: offshore (离岸) contracts. ${SN_BASE_YEAR}` },
    ],
    incentives: [
      { code: 'SN5251/income-tax-15', kind: IncentiveKind.REDUCED_INCOME_TAX_RATE, nameZh: '技术先进型服务企业减按15%税率缴纳企业所得税', nameEn: 'Enterprise income tax at 15% for technology-advanced service enterprises', rate: 0.15,
        eligibleDesignation: DesignationKind.TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE, textZh: '技术先进型服务企业减按15%税率缴纳企业所得税',
        commitment: IncentiveCommitment.WIDEN_SCOPE, locator: '（九）',
        commitmentZh: '从区域和领域上扩大对技术先进型服务企业减按15%税率缴纳企业所得税和职工教育经费不超过工资薪金总额8%部分税前扣除的税收优惠政策实施范围',
        reading: 'Eligibility is read as the national rule’s (a designated technology-advanced service enterprise in the region); the widened scope the text seeks is not defined in it.' },
      { code: 'SN5251/staff-education-8', kind: IncentiveKind.STAFF_EDUCATION_DEDUCTION, nameZh: '职工教育经费不超过工资薪金总额8%部分税前扣除', nameEn: 'Staff-education spending up to 8% of total wages deductible before tax', rate: 0.08,
        eligibleDesignation: DesignationKind.TECHNOLOGY_ADVANCED_SERVICE_ENTERPRISE, textZh: '职工教育经费不超过工资薪金总额8%部分税前扣除',
        commitment: IncentiveCommitment.WIDEN_SCOPE, locator: '（九）',
        commitmentZh: '从区域和领域上扩大对技术先进型服务企业减按15%税率缴纳企业所得税和职工教育经费不超过工资薪金总额8%部分税前扣除的税收优惠政策实施范围',
        reading: 'Eligibility is read as the national rule’s (a designated technology-advanced service enterprise in the region); the widened scope the text seeks is not defined in it. The text says nothing of carrying the excess forward.' },
      { code: 'SN5251/vat-zero-rate', kind: IncentiveKind.VAT_ZERO_RATE_OR_EXEMPTION, nameZh: '国际服务外包增值税零税率和免税', nameEn: 'VAT zero rate and exemption for international service outsourcing',
        textZh: '国际服务外包增值税零税率和免税', commitment: IncentiveCommitment.APPLY, commitmentZh: '实行国际服务外包增值税零税率和免税政策', locator: '（九）',
        reading: 'Eligibility is read as following from the business (international contracts), not from a designation.' },
    ],
  },
];

export interface PlatformFact {
  nameZh: string;
  nameEn: string;
  kind: PlatformKind;
  level?: ParkLevel;
  status: ParkStatus;
  region: string;
  file: string;
  document: string;
  locator: string;
  note: string;
  reading: string;
}

/** The zones and programmes the documents build on, as records (issue 11, item 11). */
export const platforms: PlatformFact[] = [
  { nameZh: '中国服务外包示范城市', nameEn: 'China service-outsourcing demonstration city: Zhengzhou', kind: PlatformKind.DEMONSTRATION_CITY, level: ParkLevel.NATIONAL, status: ParkStatus.ACTIVE,
    region: '410100', file: ZHENGZHOU_FILE, document: ZHENGZHOU_DOC, locator: '序言',
    note: 'The document sets out to advance it: “加快推进中国服务外包示范城市建设”.',
    reading: 'ACTIVE: the document treats the status as held (“充分利用中国服务外包示范城市政策优势”); when it was granted is not in the text.' },
  { nameZh: '西安国家级服务外包示范城市', nameEn: 'Xi’an, national service-outsourcing demonstration city', kind: PlatformKind.DEMONSTRATION_CITY, level: ParkLevel.NATIONAL, status: ParkStatus.ACTIVE,
    region: '610100', file: SHAANXI_FILE, document: SHAANXI_DOC, locator: '（七）',
    note: 'The lead of the 关中 belt: “以西安国家级服务外包示范城市为重点”.',
    reading: 'ACTIVE: the document treats the status as held; when it was granted is not in the text.' },
  { nameZh: '中国（河南）自由贸易试验区', nameEn: 'China (Henan) Pilot Free Trade Zone', kind: PlatformKind.FREE_TRADE_ZONE, level: ParkLevel.NATIONAL, status: ParkStatus.ACTIVE,
    region: '410000', file: ZHENGZHOU_FILE, document: ZHENGZHOU_DOC, locator: '（二）',
    note: 'One of the national strategies and opening-up platforms the city carries (“我市承担的国家战略和对外开放平台”).',
    reading: 'Placed under the province, as its name says; the text does not name the part (片区) in Zhengzhou. ACTIVE: the text builds on it.' },
  { nameZh: '中国（郑州）跨境电子商务综合试验区', nameEn: 'China (Zhengzhou) Cross-border E-commerce Comprehensive Pilot Zone', kind: PlatformKind.CROSS_BORDER_ECOMMERCE_ZONE, level: ParkLevel.NATIONAL, status: ParkStatus.ACTIVE,
    region: '410100', file: ZHENGZHOU_FILE, document: ZHENGZHOU_DOC, locator: '（二）',
    note: 'One of the national strategies and opening-up platforms the city carries (“我市承担的国家战略和对外开放平台”).',
    reading: 'ACTIVE: the text builds on it.' },
  { nameZh: '国家自主创新示范区', nameEn: 'National independent-innovation demonstration zone (as the text names it)', kind: PlatformKind.INNOVATION_DEMONSTRATION_ZONE, level: ParkLevel.NATIONAL, status: ParkStatus.ACTIVE,
    region: '410172', file: ZHENGZHOU_FILE, document: ZHENGZHOU_DOC, locator: '（五）',
    note: 'High-tech service projects of 郑州高新区 are launched around it (“郑州高新区围绕国家自主创新示范区启动的高技术服务业相关项目”).',
    reading: 'Placed in 郑州高新区, where the text places its projects; the text gives the zone no fuller name. ACTIVE: projects are launched around it.' },
  { nameZh: '文化保税园区', nameEn: 'Cultural bonded park (Shaanxi)', kind: PlatformKind.CULTURAL_BONDED_PARK, status: ParkStatus.UNDER_CONSTRUCTION,
    region: '610000', file: SHAANXI_FILE, document: SHAANXI_DOC, locator: '（四）',
    note: 'To be built: “推进文化保税园区建设”.',
    reading: 'UNDER_CONSTRUCTION is our reading of “推进…建设”; the text gives neither its place (placed under the province) nor its level.' },
];

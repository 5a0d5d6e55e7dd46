/**
 * The facts read off the two policy documents in ../shared/sources, with
 * where each came from: places, the domain catalog and the parks here, the policies in
 * policy-facts.ts. Readings of ambiguous text are kept in provenance.note.
 * Nothing here is invented: no enterprise, university or figure is named in
 * the documents, so none is listed.
 */
import { ParkKind, ParkLevel, ParkStatus } from '../src/park/park.entity';
import { RegionKind } from '../src/region/region.entity';
import { ServiceCategory, SupportScope } from '../src/service-domain/service-domain.entity';

export const ZHENGZHOU_DOC = '郑政〔2017〕29号';
export const ZHENGZHOU_FILE = 'sources/000_3fea1e028223117a.txt';
export const SHAANXI_DOC = '陕西省人民政府关于促进服务外包产业加快发展的实施意见';
export const SHAANXI_FILE = 'sources/004_0844ca12ba9231d7.txt';

export interface RegionFact {
  code: string;
  divisionCode?: string;
  nameZh: string;
  nameEn: string;
  kind: RegionKind;
  /** The administrative parent (GB/T 2260), or the province of a macro-region. */
  parent?: string;
  /** The macro-region or national region it belongs to (at most one): 关中, 陕南, 陕北, 中西部地区. */
  macroRegion?: string;
  document: string;
  locator?: string;
  note?: string;
  /** A reading, or where a fact comes from general geography rather than the document. */
  reading?: string;
}

const GUANZHONG_NAMED = 'A member of 关中 as （七） names it: the places 西安 radiates to in the 关中 belt.';
const BY_GEOGRAPHY = (macro: string) => `Its membership of ${macro} is general geography: the document does not assign it.`;
/** 中部 (the six provinces of 中部崛起) and 西部 (the twelve of 西部大开发): national convention, not the documents’. */
const CENTRAL_WESTERN = ['140000', '340000', '360000', '410000', '420000', '430000',
  '150000', '450000', '500000', '510000', '520000', '530000', '540000', '610000', '620000', '630000', '640000', '650000'];

/**
 * The places the documents name, over the full division (seeds/divisions/): their document,
 * notes and readings, the regions GB/T 2260 lacks (new areas, macro-regions, the country) and
 * macro-region membership. Parents before children.
 */
export const regions: RegionFact[] = [
  { code: 'CN', nameZh: '中华人民共和国', nameEn: 'People’s Republic of China', kind: RegionKind.COUNTRY, document: ZHENGZHOU_FILE, locator: '序言',
    note: 'Where the national documents both policies cite apply.', reading: 'The root of the division tree; no GB/T 2260 code.' },
  { code: 'CN-CENTRAL-WESTERN', nameZh: '中西部地区', nameEn: 'Central and western China', kind: RegionKind.NATIONAL_REGION, parent: 'CN', document: ZHENGZHOU_FILE, locator: '（三）',
    note: 'The peer set of Zhengzhou’s target “处于国家中西部地区领先水平”.',
    reading: 'Members by national convention, not the document: 中部 (山西, 安徽, 江西, 河南, 湖北, 湖南; 中部崛起) and 西部 (内蒙古, 广西, 重庆, 四川, 贵州, 云南, 西藏, 陕西, 甘肃, 青海, 宁夏, 新疆; 西部大开发).' },
  ...CENTRAL_WESTERN.filter((code) => code !== '410000' && code !== '610000').map((code): RegionFact => ({
    code, divisionCode: code, nameZh: '', nameEn: '', kind: RegionKind.PROVINCE, parent: 'CN', macroRegion: 'CN-CENTRAL-WESTERN', document: ZHENGZHOU_FILE, locator: '（三）',
    reading: BY_GEOGRAPHY('中西部地区'),
  })),
  { code: '410000', divisionCode: '410000', nameZh: '河南省', nameEn: 'Henan Province', kind: RegionKind.PROVINCE, parent: 'CN', macroRegion: 'CN-CENTRAL-WESTERN', document: ZHENGZHOU_FILE,
    reading: BY_GEOGRAPHY('中西部地区') },
  { code: '410100', divisionCode: '410100', nameZh: '郑州市', nameEn: 'Zhengzhou', kind: RegionKind.CITY, parent: '410000', document: ZHENGZHOU_FILE,
    note: '中国服务外包示范城市 (China service-outsourcing demonstration city), per 郑政〔2017〕29号.' },
  { code: '410105', divisionCode: '410105', nameZh: '金水区', nameEn: 'Jinshui District', kind: RegionKind.DISTRICT, parent: '410100', document: ZHENGZHOU_FILE, locator: '（五）',
    note: 'ITO: 清华启迪科技园 and 北大国际创业孵化中心; KPO: "中国创意谷" and the national IP creative-industry pilot park.' },
  { code: '410171', divisionCode: '410171', nameZh: '郑州经济技术开发区', nameEn: 'Zhengzhou Economic-Technological Development Zone (经开区)', kind: RegionKind.DEVELOPMENT_ZONE, parent: '410100', document: ZHENGZHOU_FILE, locator: '（五）',
    note: 'BPO: logistics — supply-chain management and professional business management.' },
  { code: '410172', divisionCode: '410172', nameZh: '郑州高新技术产业开发区', nameEn: 'Zhengzhou High-Tech Industrial Development Zone (郑州高新区)', kind: RegionKind.DEVELOPMENT_ZONE, parent: '410100', document: ZHENGZHOU_FILE, locator: '（五）',
    note: 'ITO: software R&D cluster around the 863 software incubator; national independent-innovation demonstration zone projects.' },
  { code: '410173', divisionCode: '410173', nameZh: '郑州航空港经济综合实验区', nameEn: 'Zhengzhou Airport Economy Zone (航空港实验区)', kind: RegionKind.DEVELOPMENT_ZONE, parent: '410100', document: ZHENGZHOU_FILE, locator: '（五）',
    note: 'BPO: logistics — supply-chain management and professional business management.' },
  { code: 'ZZ-ZHENGDONG', nameZh: '郑东新区', nameEn: 'Zhengdong New Area', kind: RegionKind.NEW_AREA, parent: '410100', document: ZHENGZHOU_FILE, locator: '（五）',
    note: 'BPO: finance; KPO: 龙子湖大数据产业基地. No GB/T 2260 code of its own.' },
  { code: '610000', divisionCode: '610000', nameZh: '陕西省', nameEn: 'Shaanxi Province', kind: RegionKind.PROVINCE, parent: 'CN', macroRegion: 'CN-CENTRAL-WESTERN', document: SHAANXI_FILE,
    reading: BY_GEOGRAPHY('中西部地区') },
  { code: 'SN-GUANZHONG', nameZh: '关中', nameEn: 'Guanzhong', kind: RegionKind.MACRO_REGION, parent: '610000', document: SHAANXI_FILE, locator: '（二）（七）',
    note: 'Macro-region, not an administrative level: 3 of the 5 provincial bases.',
    reading: 'Members as （七） names them in the 关中 belt (西安 radiating to 西咸新区, 宝鸡, 咸阳, 渭南 and 杨凌示范区), and 铜川 by general geography.' },
  { code: 'SN-SOUTH', nameZh: '陕南', nameEn: 'Southern Shaanxi', kind: RegionKind.MACRO_REGION, parent: '610000', document: SHAANXI_FILE, locator: '（二）（七）',
    note: 'Macro-region: 1 of the 5 provincial bases (“陕南、陕北各1个”).',
    reading: 'Members (汉中, 安康, 商洛) by general geography: （七） names 汉中 and 安康 but does not assign them to 陕南.' },
  { code: 'SN-NORTH', nameZh: '陕北', nameEn: 'Northern Shaanxi', kind: RegionKind.MACRO_REGION, parent: '610000', document: SHAANXI_FILE, locator: '（二）（七）',
    note: 'Macro-region: 1 of the 5 provincial bases (“陕南、陕北各1个”).',
    reading: 'Members (延安, 榆林) by general geography: （七） names these cities but does not assign them to 陕北.' },
  { code: '610100', divisionCode: '610100', nameZh: '西安市', nameEn: 'Xi’an', kind: RegionKind.CITY, parent: '610000', macroRegion: 'SN-GUANZHONG', document: SHAANXI_FILE, locator: '（七）',
    note: '国家级服务外包示范城市 (national service-outsourcing demonstration city).', reading: GUANZHONG_NAMED },
  { code: 'SN-XIXIAN', nameZh: '西咸新区', nameEn: 'Xixian New Area', kind: RegionKind.NEW_AREA, parent: '610000', macroRegion: 'SN-GUANZHONG', document: SHAANXI_FILE, locator: '（七）',
    note: 'No GB/T 2260 code of its own.', reading: `${GUANZHONG_NAMED} It spans parts of 西安 and 咸阳; placed under the province.` },
  // 铜川 and 商洛 are not in the documents: reference data, with their membership read (names from the division).
  { code: '610200', divisionCode: '610200', nameZh: '', nameEn: '', kind: RegionKind.CITY, parent: '610000', macroRegion: 'SN-GUANZHONG', document: SHAANXI_FILE, locator: '（七）',
    reading: BY_GEOGRAPHY('关中') + ' The document does not name 铜川.' },
  { code: '610300', divisionCode: '610300', nameZh: '宝鸡市', nameEn: 'Baoji', kind: RegionKind.CITY, parent: '610000', macroRegion: 'SN-GUANZHONG', document: SHAANXI_FILE, locator: '（七）', reading: GUANZHONG_NAMED },
  { code: '610400', divisionCode: '610400', nameZh: '咸阳市', nameEn: 'Xianyang', kind: RegionKind.CITY, parent: '610000', macroRegion: 'SN-GUANZHONG', document: SHAANXI_FILE, locator: '（七）', reading: GUANZHONG_NAMED },
  { code: '610403', divisionCode: '610403', nameZh: '杨陵区', nameEn: 'Yangling District', kind: RegionKind.DISTRICT, parent: '610400', document: SHAANXI_FILE, locator: '（七）',
    note: 'The document’s 杨凌示范区 (杨凌农业高新技术产业示范区, the Yangling agricultural hi-tech demonstration zone) lies in 杨陵区 of 咸阳市.',
    reading: 'The zone is recorded as the district that holds it: it has no division code of its own. In 关中 through 咸阳.' },
  { code: '610500', divisionCode: '610500', nameZh: '渭南市', nameEn: 'Weinan', kind: RegionKind.CITY, parent: '610000', macroRegion: 'SN-GUANZHONG', document: SHAANXI_FILE, locator: '（七）', reading: GUANZHONG_NAMED },
  { code: '610700', divisionCode: '610700', nameZh: '汉中市', nameEn: 'Hanzhong', kind: RegionKind.CITY, parent: '610000', macroRegion: 'SN-SOUTH', document: SHAANXI_FILE, locator: '（七）', reading: BY_GEOGRAPHY('陕南') },
  { code: '610900', divisionCode: '610900', nameZh: '安康市', nameEn: 'Ankang', kind: RegionKind.CITY, parent: '610000', macroRegion: 'SN-SOUTH', document: SHAANXI_FILE, locator: '（七）', reading: BY_GEOGRAPHY('陕南') },
  { code: '611000', divisionCode: '611000', nameZh: '', nameEn: '', kind: RegionKind.CITY, parent: '610000', macroRegion: 'SN-SOUTH', document: SHAANXI_FILE, locator: '（七）',
    reading: BY_GEOGRAPHY('陕南') + ' The document does not name 商洛.' },
  { code: '610600', divisionCode: '610600', nameZh: '延安市', nameEn: 'Yan’an', kind: RegionKind.CITY, parent: '610000', macroRegion: 'SN-NORTH', document: SHAANXI_FILE, locator: '（七）', reading: BY_GEOGRAPHY('陕北') },
  { code: '610800', divisionCode: '610800', nameZh: '榆林市', nameEn: 'Yulin', kind: RegionKind.CITY, parent: '610000', macroRegion: 'SN-NORTH', document: SHAANXI_FILE, locator: '（七）', reading: BY_GEOGRAPHY('陕北') },
];
/** Regions of earlier versions of the facts that are gone: removed when nothing refers to them. */
export const RETIRED_REGIONS = ['SN-YANGLING'];

export interface DomainFact {
  number: number;
  nameZh: string;
  nameEn: string;
  category: ServiceCategory;
  businessTypes: Array<[zh: string, en: string]>;
  note?: string;
}

const SCOPE_1_11 = '支持离岸及与河南省外企业(机构)发生的在岸业务';
const SCOPE_12_24 = '支持离岸与在岸所有业务';
export const SUPPORT_SCOPE_NOTE =
  'Reading: the annex’s merged 支持业务类型 cells were split across pages; rows 1–11 are read as the first scope (its cells stand on rows 1 and 7), rows 12–21 as the second (on rows 12 and 15). Business definitions follow MOFCOM/MOF/GAC announcement No. 29 of 2016.';
export const UNSTATED_SCOPE_NOTE =
  'Unstated: the annex’s last page (rows 22–24) has no 支持业务类型 cell, so the support scope is left empty. Rows 12–21 before it have the second scope (支持离岸与在岸所有业务), likely meant here too, but the source does not say.';

/** The support scope of a catalog row, as the annex states it; null where its page has no cell. */
export function supportScopeOf(number: number): { scope: SupportScope | null; zh: string | null; note: string } {
  if (number <= 11) return { scope: SupportScope.OFFSHORE_AND_ONSHORE_OUTSIDE_HENAN, zh: SCOPE_1_11, note: SUPPORT_SCOPE_NOTE };
  if (number <= 21) return { scope: SupportScope.ALL_OFFSHORE_AND_ONSHORE, zh: SCOPE_12_24, note: SUPPORT_SCOPE_NOTE };
  return { scope: null, zh: null, note: UNSTATED_SCOPE_NOTE };
}

const { ITO, BPO, KPO } = ServiceCategory;
export const domains: DomainFact[] = [
  { number: 1, nameZh: '工业设计服务', nameEn: 'Industrial design', category: KPO, businessTypes: [['外观设计', 'Appearance design'], ['结构设计', 'Structural design'], ['试验认证', 'Test and certification'], ['环境设计', 'Environment design'], ['工业生产线设计', 'Production-line design']] },
  { number: 2, nameZh: '数据分析服务', nameEn: 'Data analysis', category: KPO, businessTypes: [['数据分析', 'Data analysis'], ['数据挖掘', 'Data mining']] },
  { number: 3, nameZh: '新能源技术研发服务', nameEn: 'New-energy technology R&D', category: KPO, businessTypes: [['设备制造技术研发', 'Equipment-manufacturing R&D'], ['工程技术研发', 'Engineering R&D'], ['产品应用技术研发', 'Product-application R&D']] },
  { number: 4, nameZh: '文化创意服务', nameEn: 'Cultural and creative', category: KPO, businessTypes: [['文化软件服务', 'Cultural software'], ['建筑设计服务', 'Architectural design'], ['专业设计服务', 'Professional design'], ['广告设计服务', 'Advertising design']] },
  { number: 5, nameZh: '工程技术服务', nameEn: 'Engineering technology', category: KPO, businessTypes: [['工程咨询', 'Engineering consulting'], ['规划设计', 'Planning and design']] },
  { number: 6, nameZh: '管理咨询服务', nameEn: 'Management consulting', category: KPO, businessTypes: [['战略咨询服务', 'Strategy consulting'], ['业务咨询服务', 'Business consulting'], ['综合解决方案服务', 'Integrated solutions']] },
  { number: 7, nameZh: '专业业务服务', nameEn: 'Professional business', category: BPO, businessTypes: [['金融服务专业业务服务', 'Financial-services business'], ['医疗服务专业业务服务', 'Medical-services business'], ['仪器设备维修服务', 'Instrument and equipment maintenance'], ['财务与会计审计服务', 'Finance, accounting and audit']] },
  { number: 8, nameZh: '数据处理服务', nameEn: 'Data processing', category: BPO, businessTypes: [['数据采集与录入', 'Data collection and entry'], ['数据存储及检索', 'Data storage and retrieval'], ['数据加工', 'Data processing']] },
  { number: 9, nameZh: '互联网营销推广服务', nameEn: 'Internet marketing', category: BPO, businessTypes: [['互联网营销方案设计', 'Internet marketing plans'], ['传播内容策划及效果监测', 'Content planning and effect monitoring'], ['互联网媒体', 'Internet media']] },
  { number: 10, nameZh: '供应链管理服务', nameEn: 'Supply-chain management', category: BPO, businessTypes: [['供应链方案设计服务', 'Supply-chain solution design'], ['物流方案设计服务', 'Logistics solution design']] },
  { number: 11, nameZh: '人力资源管理服务', nameEn: 'Human-resources management', category: BPO, businessTypes: [['招聘流程服务', 'Recruitment process'], ['薪酬服务', 'Payroll'], ['福利管理服务', 'Benefits administration'], ['外籍员工服务', 'Expatriate services']] },
  { number: 12, nameZh: '呼叫中心及电商后台服务', nameEn: 'Call centre and e-commerce back office', category: BPO, businessTypes: [['语音服务', 'Voice service'], ['在线服务', 'Online service'], ['智能客服', 'Intelligent customer service']] },
  { number: 13, nameZh: '医药和生物技术研发服务', nameEn: 'Pharmaceutical and biotechnology R&D', category: KPO, businessTypes: [['药物产品开发', 'Drug development'], ['临床前试验及临床试验', 'Pre-clinical and clinical trials'], ['药物注册', 'Drug registration'], ['国际认证及产品上市辅导服务', 'International certification and launch support'], ['产业化技术咨询服务', 'Industrialisation consulting']] },
  { number: 14, nameZh: '检验检测服务', nameEn: 'Inspection and testing', category: KPO, businessTypes: [['第三方医学检验检测服务', 'Third-party medical testing'], ['第三方食品检验检测服务', 'Third-party food testing'], ['第三方消费用品检验检测服务', 'Third-party consumer-goods testing'], ['第三方工业产品检验检测服务', 'Third-party industrial-product testing']] },
  { number: 15, nameZh: '云计算服务', nameEn: 'Cloud computing', category: ITO, businessTypes: [['软件即服务', 'Software as a service (SaaS)'], ['平台即服务', 'Platform as a service (PaaS)'], ['基础设施即服务', 'Infrastructure as a service (IaaS)']],
    note: 'Source typo corrected: business type 1 reads "软件既服务" in the annex; it is 软件即服务 (SaaS).' },
  { number: 16, nameZh: '集成电路和电子电路设计服务', nameEn: 'IC and electronic circuit design', category: ITO, businessTypes: [['集成电路产品设计及相关技术支持服务', 'IC product design and support'], ['电子电路产品设计及相关技术支持服务', 'Electronic circuit design and support']] },
  { number: 17, nameZh: '软件技术服务', nameEn: 'Software technical services', category: ITO, businessTypes: [['软件咨询', 'Software consulting'], ['软件维护', 'Software maintenance'], ['软件培训', 'Software training'], ['软件测试', 'Software testing']] },
  { number: 18, nameZh: '软件研发及开发服务', nameEn: 'Software R&D and development', category: ITO, businessTypes: [['定制软件研发', 'Custom software'], ['嵌入式软件研发', 'Embedded software'], ['套装软件研发', 'Packaged software'], ['系统软件研发', 'System software']] },
  { number: 19, nameZh: '信息系统运营和维护服务', nameEn: 'Information-system operation and maintenance', category: ITO, businessTypes: [['信息系统集成', 'IS integration'], ['网络管理', 'Network management'], ['桌面管理与维护', 'Desktop management and maintenance'], ['信息系统应用服务', 'IS application services']],
    note: 'Source typo corrected: the annex reads "信部系统运营和维护服务"; it is 信息系统运营和维护服务.' },
  { number: 20, nameZh: '基础信息技术运营和维护服务', nameEn: 'Basic IT operation and maintenance', category: ITO, businessTypes: [['管理平台整合', 'Management-platform integration'], ['信息技术基础设施管理', 'IT infrastructure management'], ['数据中心', 'Data centre'], ['托管服务', 'Hosting'], ['安全服务', 'Security services'], ['数字内容服务', 'Digital content']] },
  { number: 21, nameZh: '电子商务平台服务', nameEn: 'E-commerce platform', category: ITO, businessTypes: [['电子商务平台开发', 'Platform development'], ['电子商务平台代运维', 'Platform operation']] },
  { number: 22, nameZh: '信息技术解决方案服务', nameEn: 'IT solutions', category: ITO, businessTypes: [['信息化解决方案', 'Informatisation solutions'], ['智能化解决方案', 'Intelligent solutions']] },
  { number: 23, nameZh: '新能源技术解决方案服务', nameEn: 'New-energy technology solutions', category: ITO, businessTypes: [['新能源信息化解决方案', 'New-energy informatisation solutions'], ['智能化解决方案', 'Intelligent solutions']] },
  { number: 24, nameZh: '信息技术咨询服务', nameEn: 'IT consulting', category: ITO, businessTypes: [['信息技术战略咨询', 'IT strategy'], ['信息安全咨询', 'Information-security consulting'], ['外包策略咨询', 'Outsourcing strategy'], ['设备软件分析优化咨询', 'Equipment and software optimisation']] },
];

export interface ParkFact {
  nameZh: string;
  nameEn: string;
  kind: ParkKind;
  level?: ParkLevel;
  region: string;
  focusCategory: ServiceCategory;
  focusDomains: number[];
  status: ParkStatus;
  /** What the text says of the park. */
  note: string;
  /** Our readings (status, focus domains, placement), kept in provenance.note. */
  reading: string;
}

/** The places named in the layout section （五） of 郑政〔2017〕29号. */
export const parks: ParkFact[] = [
  { nameZh: '863软件孵化器', nameEn: '863 Software Incubator', kind: ParkKind.INCUBATOR, region: '410172', focusCategory: ITO, focusDomains: [17, 18], status: ParkStatus.ACTIVE,
    note: 'Layout line 1 (ITO): the software R&D cluster of 郑州高新区 formed around it (“以郑州高新区863软件孵化器形成的软件研发企业集聚为基础”).',
    reading: 'Focus domains 17–18 (software services, software R&D) are our reading of “软件研发企业集聚”. ACTIVE: the text speaks of a cluster already formed around it.' },
  { nameZh: '清华启迪科技园', nameEn: 'Tus-Park (Tsinghua Tus Science Park), Jinshui', kind: ParkKind.SCIENCE_PARK, region: '410105', focusCategory: ITO, focusDomains: [], status: ParkStatus.ACTIVE,
    note: 'Layout line 1 (ITO): a key start-up and innovation project of 金水区 (“创业创新重点项目”).',
    reading: 'ACTIVE is our reading: the text lists it among key projects to advance (“重点推进”) and does not say whether it is open.' },
  { nameZh: '北大国际创业孵化中心', nameEn: 'PKU International Incubation Centre', kind: ParkKind.INCUBATOR, region: '410105', focusCategory: ITO, focusDomains: [], status: ParkStatus.ACTIVE,
    note: 'Layout line 1 (ITO): a key start-up and innovation project of 金水区 (“创业创新重点项目”).',
    reading: 'ACTIVE is our reading: the text lists it among key projects to advance (“重点推进”) and does not say whether it is open.' },
  { nameZh: '中国创意谷', nameEn: 'China Creative Valley', kind: ParkKind.CREATIVE_INDUSTRY_PARK, region: '410105', focusCategory: KPO, focusDomains: [4], status: ParkStatus.PLANNED,
    note: 'Layout line 2 (KPO): a project 金水区 is planning (“金水区谋划的“中国创意谷”项目”), the lead of the KPO cluster.',
    reading: 'PLANNED is our reading of “谋划” (being planned). Focus domain 4 (文化创意服务) is our reading of “创意”; the text names no domain.' },
  { nameZh: '金水区国家知识产权创意产业试点园区', nameEn: 'Jinshui National IP Creative-Industry Pilot Park', kind: ParkKind.CREATIVE_INDUSTRY_PARK, level: ParkLevel.NATIONAL, region: '410105', focusCategory: KPO, focusDomains: [4], status: ParkStatus.ACTIVE,
    note: 'Layout line 2 (KPO): brand building of the national IP creative-industry pilot park (“品牌建设”).',
    reading: 'Focus domain 4 (文化创意服务) is our reading of “知识产权创意产业”; the text names no domain. ACTIVE is our reading: a park whose brand is being built exists.' },
  { nameZh: '河南外包产业园', nameEn: 'Henan Outsourcing Industrial Park', kind: ParkKind.INDUSTRIAL_PARK, region: '410100', focusCategory: KPO, focusDomains: [], status: ParkStatus.ACTIVE,
    note: 'Layout line 2 (KPO): investment promotion for high-tech services (“高技术服务业招商引资”).',
    reading: 'Placed under 郑州市: the text does not say in which district it lies. ACTIVE is our reading: it is promoting investment.' },
  { nameZh: '郑东新区龙子湖大数据产业基地', nameEn: 'Longzihu Big-Data Industrial Base, Zhengdong', kind: ParkKind.BIG_DATA_BASE, region: 'ZZ-ZHENGDONG', focusCategory: KPO, focusDomains: [2, 8], status: ParkStatus.UNDER_CONSTRUCTION,
    note: 'Layout line 2 (KPO): the base is being built (“郑东新区龙子湖大数据产业基地建设工作”).',
    reading: 'UNDER_CONSTRUCTION as of the document (2017): “建设工作”. Focus domains 2 and 8 (data analysis, data processing) are our reading of “大数据”; the text names no domain.' },
];

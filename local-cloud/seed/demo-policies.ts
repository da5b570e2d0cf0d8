import type { Policy } from '../../core/policies/model';
import type { TalentProfile } from '../../core/talent/profile';

const zhEn = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/**
 * Eight demo policies, after the kinds of talent policies Shanghai's districts publish (rent and purchase subsidies,
 * schooling, hukou, startup support, returnees). Titles and figures are illustrative, not quotations of real
 * documents; each carries the machine-checkable conditions core's matcher reads (core/policies/matcher.ts).
 */
export const DEMO_POLICIES: Policy[] = [
  {
    _id: 'rent-subsidy-young',
    title: zhEn('青年人才租房补贴', 'Rent subsidy for young talent'),
    issuer: zhEn('区人才工作领导小组办公室', 'District Talent Work Office'),
    summary: zhEn(
      '在本区用人单位全职工作的青年人才，租住本区住房的，按每月最高 1500 元给予租房补贴，最长 3 年。',
      'Young talent working full time for an employer in the district and renting in the district receive up to CNY 1,500 a month towards rent, for at most 3 years.',
    ),
    topics: ['住房', 'housing'],
    validFrom: '2024-01-01',
    validTo: '2030-12-31',
    conditions: [
      { kind: 'max-age', years: 35 },
      { kind: 'min-degree', degree: 'bachelor' },
      { kind: 'employer-district', anyOf: ['浦东新区'] },
    ],
  },
  {
    _id: 'home-purchase-high-level',
    title: zhEn('高层次人才购房补贴', 'Home purchase subsidy for high-level talent'),
    issuer: zhEn('区人才工作领导小组办公室', 'District Talent Work Office'),
    summary: zhEn(
      '经认定的领军人才和高层次人才在本区首次购买自住住房的，给予一次性购房补贴，最高 100 万元。',
      'Recognised leading and high-level talent buying their first home in the district receive a one-off subsidy of up to CNY 1 million.',
    ),
    topics: ['住房', 'housing'],
    validFrom: '2024-01-01',
    conditions: [
      { kind: 'talent-category', anyOf: ['leading', 'high-level'] },
      { kind: 'employer-district', anyOf: ['浦东新区'] },
    ],
  },
  {
    _id: 'children-schooling',
    title: zhEn('人才子女入学保障', 'School places for talents’ children'),
    issuer: zhEn('区教育局', 'District Education Bureau'),
    summary: zhEn(
      '高层次人才和紧缺急需人才的子女申请本区义务教育阶段学校的，由教育部门统筹安排入学。',
      'Children of high-level talent and talent in short supply applying to the district’s compulsory-education schools are placed by the education bureau.',
    ),
    topics: ['子女教育', 'education'],
    validFrom: '2024-09-01',
    conditions: [{ kind: 'talent-category', anyOf: ['leading', 'high-level', 'shortage'] }],
  },
  {
    _id: 'hukou-graduates',
    title: zhEn('应届高校毕业生落户', 'Hukou for new university graduates'),
    issuer: zhEn('市人力资源和社会保障局', 'Municipal Human Resources and Social Security Bureau'),
    summary: zhEn(
      '应届硕士及以上学历毕业生在本市用人单位就业、符合基本条件的，可直接申办本市常住户口。',
      'New graduates with a master’s degree or higher employed in the city who meet the basic conditions may apply directly for a Shanghai hukou.',
    ),
    url: 'https://rsj.sh.gov.cn/',
    topics: ['落户', 'hukou'],
    validFrom: '2024-01-01',
    conditions: [
      { kind: 'talent-category', anyOf: ['graduate'] },
      { kind: 'min-degree', degree: 'master' },
    ],
  },
  {
    _id: 'hukou-returnees',
    title: zhEn('留学回国人员落户', 'Hukou for returnees from study abroad'),
    issuer: zhEn('市人力资源和社会保障局', 'Municipal Human Resources and Social Security Bureau'),
    summary: zhEn(
      '在海外取得硕士及以上学位、回国后在本市全职工作的留学人员，可按规定申办本市常住户口。',
      'Returnees who earned a master’s degree or higher abroad and work full time in the city may apply for a Shanghai hukou as the rules provide.',
    ),
    topics: ['落户', 'hukou', '海归'],
    validFrom: '2024-01-01',
    conditions: [
      { kind: 'min-degree', degree: 'master' },
      { kind: 'min-years-abroad', years: 1 },
    ],
  },
  {
    _id: 'startup-seed-support',
    title: zhEn('青年创业启动资助', 'Seed funding for young founders'),
    issuer: zhEn('区科技和经济委员会', 'District Science, Technology and Economy Commission'),
    summary: zhEn(
      '在本区注册、处于种子期或初创期的青年创业团队，可申请最高 20 万元的启动资助和免费工位。',
      'Young founders whose company is registered in the district at the seed or early stage may apply for up to CNY 200,000 in seed funding and free seats.',
    ),
    topics: ['创业', 'startup'],
    validFrom: '2025-01-01',
    validTo: '2029-12-31',
    conditions: [
      { kind: 'max-age', years: 40 },
      { kind: 'startup-stage', anyOf: ['idea', 'seed', 'early'] },
      { kind: 'employer-district', anyOf: ['浦东新区'] },
    ],
  },
  {
    _id: 'returnee-settling-in',
    title: zhEn('海归人才安家资助', 'Settling-in grant for returnees'),
    issuer: zhEn('区人才工作领导小组办公室', 'District Talent Work Office'),
    summary: zhEn(
      '在海外工作或学习满 3 年、取得博士学位后来本区全职工作的海归人才，给予一次性安家资助 10 万元。',
      'Returnees with a doctorate and at least 3 years abroad who come to work full time in the district receive a one-off settling-in grant of CNY 100,000.',
    ),
    topics: ['海归', 'returnee'],
    validFrom: '2024-01-01',
    conditions: [
      { kind: 'min-years-abroad', years: 3 },
      { kind: 'min-degree', degree: 'doctor' },
      { kind: 'employer-district', anyOf: ['浦东新区'] },
    ],
  },
  {
    _id: 'talent-apartment',
    title: zhEn('人才公寓租住', 'Talent apartments'),
    issuer: zhEn('区住房和城乡建设管理委员会', 'District Housing and Construction Commission'),
    summary: zhEn(
      '在本区就业、本市无自有住房的各类人才，可申请租住人才公寓，租金低于同地段市场价。',
      'Talent of any category working in the district with no home of their own in the city may apply to rent a talent apartment below the local market rent.',
    ),
    topics: ['住房', 'housing', '公寓'],
    validFrom: '2024-01-01',
    conditions: [{ kind: 'employer-district', anyOf: ['浦东新区'] }],
  },
];

/** The returnee persona's talent profile (demo-applicant, 李归国): several demo policies fit, some almost. */
export const DEMO_APPLICANT_TALENT: TalentProfile = {
  category: 'high-level',
  birthDate: '1990-05-01',
  degree: 'doctor',
  yearsAbroad: 5,
  employerDistrict: '浦东新区',
};

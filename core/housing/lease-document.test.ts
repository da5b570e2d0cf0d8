import { leaseDocument, leaseTermsText, type LeaseDocumentInput } from './lease-document';
import { DEFAULT_APARTMENT_POLICY } from './policy';

const input: LeaseDocumentInput = {
  lease: {
    _id: 'lease-apt-0001',
    tenantName: '林晓',
    start: '2026-12-10',
    end: '2027-12-10',
    monthlyRent: 2800,
    deposit: 4000,
    months: 12,
    unitType: 'one-room',
    renewals: [],
    notice: null,
  },
  building: {
    name: { 'zh-CN': '张江人才公寓', en: 'Zhangjiang' },
    address: { 'zh-CN': '张江路 100 号', en: '100 Zhangjiang Road' },
    district: '浦东新区',
    unitTypes: { 'one-room': { area: 45, monthlyRent: 4000, deposit: 4000 } },
  },
  unit: { number: '1203', floor: 12 },
  policy: DEFAULT_APARTMENT_POLICY,
  tenant: { idKind: 'passport', idMasked: '*****5678' },
  lessor: '浦东人才驿站',
  madeAt: '2026-12-06 17:00',
  signature: null,
};
const lines = (doc: ReturnType<typeof leaseDocument>) => doc.sections.flatMap((s) => s.lines);

describe('leaseDocument', () => {
  it('names the parties, the unit, the dates, the rent and the deposit, in Chinese', () => {
    const doc = leaseDocument(input);
    expect(doc.title).toBe('人才公寓租赁合同');
    expect(doc.number).toBe('合同编号：lease-apt-0001');
    expect(doc.sections.map((s) => s.heading)).toEqual([
      '第一条 合同双方',
      '第二条 房屋',
      '第三条 租期',
      '第四条 租金与押金',
      '第五条 双方约定',
    ]);
    expect(lines(doc)).toEqual(
      expect.arrayContaining([
        '出租方（甲方）：浦东人才驿站',
        '承租方（乙方）：林晓',
        '乙方证件：护照（*****5678）',
        '公寓：张江人才公寓（浦东新区）',
        '房号：1203（12 层），户型：一室户，建筑面积 45 平方米',
        '租期自 2026年12月10日 起至 2027年12月10日 止，2027年12月10日 为迁出日，当日不计租。',
        '月租金：人民币2,800元（市场租金 人民币4,000元 的 70%，人才公寓优惠）。',
      ]),
    );
    expect(lines(doc).some((l) => l.startsWith('押金：人民币4,000元'))).toBe(true);
  });

  it.each([
    ['the renewal window', { renewalWindowDays: 45 }, '续租须在租期届满前 45 日内申请'],
    ['the term and the cap', { leaseMonths: 6, maxCumulativeMonths: 24 }, '续租期每次不超过 6 个月，且累计不超过 24 个月'],
    ['the notice period', { noticeDays: 15 }, '应至少提前 15 日书面告知甲方'],
    ['the rent share', { rentShare: 0.55 }, '的 55%，人才公寓优惠'],
  ])('takes %s from the policy', (_t, policy, text) => {
    const doc = leaseDocument({ ...input, policy: { ...DEFAULT_APARTMENT_POLICY, ...policy } });
    expect(lines(doc).some((l) => l.includes(text))).toBe(true);
  });

  it.each([
    [
      'renewals',
      { renewals: [{ on: '2027-11-01', months: 12, end: '2028-12-10' }] },
      '2027年11月1日 续租 12 个月，租期延至 2028年12月10日。',
    ],
    [
      'a notice',
      { notice: { givenOn: '2027-03-01', moveOut: '2027-04-01' } },
      '乙方已于 2027年3月1日 提出提前退租，迁出日为 2027年4月1日。',
    ],
  ])('records %s in the term', (_t, lease, text) => {
    expect(leaseDocument({ ...input, lease: { ...input.lease, ...lease } }).sections[2].lines).toContain(text);
  });

  it('names the employer of a block', () => {
    const doc = leaseDocument({ ...input, employer: { name: '示例科技有限公司', creditCode: '91310115MA1K3YJ2X8' } });
    expect(doc.sections[0].lines).toContain('用人单位：示例科技有限公司（统一社会信用代码 91310115MA1K3YJ2X8）');
  });

  it('leaves out the area when the building no longer lists the type', () => {
    const doc = leaseDocument({ ...input, building: { ...input.building, unitTypes: {} } });
    expect(doc.sections[1].lines[2]).toBe('房号：1203（12 层），户型：一室户');
    expect(doc.sections[3].lines[0]).toBe('月租金：人民币2,800元。');
  });

  it.each([
    [null, '乙方尚未在线确认签署本合同。'],
    [
      { at: '2026-12-06 16:58', textHash: 'abcdef0123456789ff', current: true },
      '乙方已于 2026-12-06 16:58 在线确认签署本合同（文本摘要 abcdef0123456789）。',
    ],
    [
      { at: '2026-12-06 16:58', textHash: 'abcdef0123456789ff', current: false },
      '乙方已于 2026-12-06 16:58 在线确认签署此前版本（文本摘要 abcdef0123456789）；本版本尚待乙方确认。',
    ],
  ])('says whether it is signed: %j', (signature, text) => {
    const doc = leaseDocument({ ...input, signature });
    expect(doc.footer).toEqual([text, '本文件由系统根据租约数据于 2026-12-06 17:00 生成。']);
  });

  it('the text a signature confirms leaves out the footer: the same lease gives the same text whenever made', () => {
    const a = leaseTermsText(leaseDocument(input));
    const b = leaseTermsText(leaseDocument({ ...input, madeAt: '2027-01-01 09:00', signature: { at: 'x', textHash: 'y', current: true } }));
    expect(a).toBe(b);
    expect(leaseTermsText(leaseDocument({ ...input, lease: { ...input.lease, end: '2028-12-10' } }))).not.toBe(a);
  });
});

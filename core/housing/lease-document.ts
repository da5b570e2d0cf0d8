import { DOCUMENT_KIND_LABELS } from '../documents';
import { UNIT_TYPE_LABELS } from './model';
import type { ApartmentPolicy } from './policy';
import type { ApartmentBuilding, ApartmentLease, ApartmentUnit } from './records';

/**
 * The lease document (租赁合同) as text, composed from the lease's data alone: the parties, the unit, the dates, the
 * rent and deposit, and the clauses the building's policy makes. Chinese only, as the issue asks (the contract
 * is a Chinese legal document). The function renders it to PDF (`cloudfunctions/_shared/pdf`) and stores it;
 * nothing here depends on how it is rendered.
 */
export interface LeaseDocument {
  title: string;
  /** The contract's number, printed under the title: the lease's id. */
  number: string;
  sections: Array<{ heading: string; lines: string[] }>;
  /** What is printed at the foot: the signature (or that it is not yet signed) and when the file was made. */
  footer: string[];
}

export interface LeaseDocumentInput {
  lease: Pick<
    ApartmentLease,
    '_id' | 'tenantName' | 'start' | 'end' | 'monthlyRent' | 'deposit' | 'months' | 'unitType' | 'renewals' | 'notice'
  >;
  building: Pick<ApartmentBuilding, 'name' | 'address' | 'district' | 'unitTypes'>;
  unit: Pick<ApartmentUnit, 'number' | 'floor'>;
  policy: ApartmentPolicy;
  /** The tenant's identity document, masked (the document never prints the full number). */
  tenant: { idKind: 'passport' | 'id-card'; idMasked: string };
  /** The employer that rents a block of units for its staff, when the lease is one of them. */
  employer?: { name: string; creditCode: string } | null;
  /** The lessor: the station that runs the building. */
  lessor: string;
  /** When the file is made, as a Shanghai date and time (`YYYY-MM-DD HH:mm`). */
  madeAt: string;
  /**
   * The tenant's recorded confirmation (`signLease`): when, as a Shanghai date and time, of which text, and whether
   * that text is this one (a renewal or a notice since changes the terms, which then wait for a new confirmation).
   */
  signature: { at: string; textHash: string; current: boolean } | null;
}

const yuan = (amount: number) => `人民币${amount.toLocaleString('en-US')}元`;
const day = (date: string) => {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
};
const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** The lease document's text; the same lease always gives the same text (`madeAt` and the signature aside). */
export function leaseDocument(input: LeaseDocumentInput): LeaseDocument {
  const { lease, building, unit, policy, tenant } = input;
  const spec = building.unitTypes[lease.unitType];
  const parties = [
    `出租方（甲方）：${input.lessor}`,
    `承租方（乙方）：${lease.tenantName}`,
    `乙方证件：${DOCUMENT_KIND_LABELS[tenant.idKind]['zh-CN']}（${tenant.idMasked}）`,
  ];
  if (input.employer) parties.push(`用人单位：${input.employer.name}（统一社会信用代码 ${input.employer.creditCode}）`);
  const premises = [
    `公寓：${building.name['zh-CN']}（${building.district}）`,
    `地址：${building.address['zh-CN']}`,
    `房号：${unit.number}（${unit.floor} 层），户型：${UNIT_TYPE_LABELS[lease.unitType]['zh-CN']}${spec ? `，建筑面积 ${spec.area} 平方米` : ''}`,
  ];
  const term = [
    `租期自 ${day(lease.start)} 起至 ${day(lease.end)} 止，${day(lease.end)} 为迁出日，当日不计租。`,
    `乙方在本公寓已累计租住 ${lease.months} 个月，累计租期上限为 ${policy.maxCumulativeMonths} 个月。`,
    ...lease.renewals.map((r) => `${day(r.on)} 续租 ${r.months} 个月，租期延至 ${day(r.end)}。`),
    ...(lease.notice ? [`乙方已于 ${day(lease.notice.givenOn)} 提出提前退租，迁出日为 ${day(lease.notice.moveOut)}。`] : []),
  ];
  const money = [
    `月租金：${yuan(lease.monthlyRent)}${spec ? `（市场租金 ${yuan(spec.monthlyRent)} 的 ${percent(policy.rentShare)}，人才公寓优惠）` : ''}。`,
    `押金：${yuan(lease.deposit)}，租赁期满、房屋验收无误后无息退还，扣除事项以退房验收记录为准。`,
    '租金按月支付，于每月 5 日前支付当月租金；本合同不涉及线上支付。',
  ];
  const clauses = [
    '一、本房屋仅供乙方及登记的共同居住人居住，不得转租、转借或改变用途。',
    `二、续租须在租期届满前 ${policy.renewalWindowDays} 日内申请，续租期每次不超过 ${policy.leaseMonths} 个月，且累计不超过 ${policy.maxCumulativeMonths} 个月。`,
    `三、乙方提前退租的，应至少提前 ${policy.noticeDays} 日书面告知甲方。`,
    '四、乙方入住时与甲方共同填写入住清单；迁出时由甲方进行退房验收，房屋及设施损坏的，按验收结果从押金中扣除。',
    '五、乙方不再符合人才公寓申请条件（如离职、在沪购房）的，应如实告知甲方，并在甲方通知的期限内迁出。',
    '六、本合同的签署以乙方在“人才驿站”小程序中的确认为准，确认时间记录在案，与书面签字具有同等效力。',
  ];
  const { signature } = input;
  const signed = signature
    ? signature.current
      ? `乙方已于 ${signature.at} 在线确认签署本合同（文本摘要 ${signature.textHash.slice(0, 16)}）。`
      : `乙方已于 ${signature.at} 在线确认签署此前版本（文本摘要 ${signature.textHash.slice(0, 16)}）；本版本尚待乙方确认。`
    : '乙方尚未在线确认签署本合同。';
  const footer = [signed, `本文件由系统根据租约数据于 ${input.madeAt} 生成。`];
  return {
    title: '人才公寓租赁合同',
    number: `合同编号：${lease._id}`,
    sections: [
      { heading: '第一条 合同双方', lines: parties },
      { heading: '第二条 房屋', lines: premises },
      { heading: '第三条 租期', lines: term },
      { heading: '第四条 租金与押金', lines: money },
      { heading: '第五条 双方约定', lines: clauses },
    ],
    footer,
  };
}

/** The text a signature confirms: everything but the footer (which says whether it is signed, and when made). */
export const leaseTermsText = (doc: LeaseDocument): string =>
  [doc.title, doc.number, ...doc.sections.flatMap((s) => [s.heading, ...s.lines])].join('\n');

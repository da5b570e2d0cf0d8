import { newRequest } from './new-request';
import { answerQuestion, askQuestion, openQuestionOf } from './questions';
import type { OpenQuestion, ServiceRequest } from './request';
import { toApplicantView, toListItem, toStaffView } from './views';

const now = new Date('2026-11-23T02:00:00Z');
const unit = { role: 'unit' as const, openId: 'handler-a', unitId: 'unit-a' };
const asked: OpenQuestion = { text: '请提供社保缴纳证明', askedAt: new Date('2026-11-20T01:00:00Z'), by: unit };

const request = (openQuestion: OpenQuestion | null | undefined): ServiceRequest => {
  const base = newRequest({
    id: 'R-1',
    applicantId: 'alice',
    submit: { category: 'housing', title: 't', body: 'b', attachments: [] },
    now,
  });
  const withQuestion = { ...base, status: 'in_progress' as const };
  if (openQuestion === undefined) delete (withQuestion as Partial<ServiceRequest>).openQuestion;
  else withQuestion.openQuestion = openQuestion;
  return withQuestion;
};

describe('askQuestion: one open question at a time', () => {
  it.each([
    ['a new request (openQuestion null)', null],
    ['a request stored before the step existed (no field)', undefined],
  ] as const)('asks on %s', (_title, open) => {
    expect(askQuestion({ request: request(open), text: '请补充', by: unit, now })).toEqual({
      openQuestion: { text: '请补充', askedAt: now, by: unit },
    });
  });

  it('refuses a second question while one is open, with CONFLICT in both languages', () => {
    expect(() => askQuestion({ request: request(asked), text: '再问一次', by: unit, now })).toThrow(
      expect.objectContaining({
        code: 'CONFLICT',
        details: { openQuestion: true },
        localized: { 'zh-CN': expect.stringContaining('等待答复'), en: expect.stringContaining('already open') },
      }),
    );
  });
});

describe('answerQuestion: what an addition answers', () => {
  it.each([
    ['with no question open it is a voluntary addition: nothing closes', null, { set: {}, data: {} }],
    ['on a request stored before the step existed: voluntary too', undefined, { set: {}, data: {} }],
    [
      'with a question open it closes it and records the question answered',
      asked,
      { set: { openQuestion: null }, data: { question: '请提供社保缴纳证明', askedAt: '2026-11-20T01:00:00.000Z' } },
    ],
  ] as const)('%s', (_title, open, expected) => {
    expect(answerQuestion(request(open))).toEqual(expected);
  });
});

describe('the open question in the views', () => {
  it.each([
    ['open', asked, true],
    ['none', null, false],
    ['absent field', undefined, false],
  ] as const)('list items mark awaitingInfo (%s)', (_title, open, awaiting) => {
    expect(toListItem(request(open)).awaitingInfo).toBe(awaiting);
    expect(openQuestionOf(request(open)) !== null).toBe(awaiting);
  });

  it('the applicant sees the question and the asking unit, never the handler', () => {
    expect(toApplicantView(request(asked)).openQuestion).toEqual({
      text: asked.text,
      askedAt: '2026-11-20T01:00:00.000Z',
      by: { role: 'unit', unitId: 'unit-a' },
    });
    expect(JSON.stringify(toApplicantView(request(asked)))).not.toContain('handler-a');
  });

  it('staff see who asked', () => {
    expect(toStaffView(request(asked)).openQuestion).toEqual({ text: asked.text, askedAt: '2026-11-20T01:00:00.000Z', by: unit });
    expect(toStaffView(request(undefined)).openQuestion).toBeNull();
  });
});

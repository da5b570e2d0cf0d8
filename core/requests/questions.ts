import { AppError } from '../contract/errors';
import type { OpenQuestion, ServiceRequest, TimelineActor } from './request';

/**
 * 补充材料 on request: a unit (or operator) asks the applicant one question at a time; the applicant's next `addInfo`
 * answers it and closes it. Decisions:
 * - The deadline keeps running while the question is open: DESIGN.md counts N working days from dispatch and names
 *   no pause, and an extension (asked from the operator) is the way to get more days.
 * - Adding information while no question is open stays allowed (the applicant may volunteer it at any open status);
 *   it simply answers nothing.
 * - Resolving closes an unanswered question: the reply is the unit's last word, and a resolved request takes no
 *   more information.
 */

/** The question still waiting for the applicant, if any (documents stored before this step have no field). */
export const openQuestionOf = (request: Pick<ServiceRequest, 'openQuestion'>): OpenQuestion | null => request.openQuestion ?? null;

export const questionAlreadyOpen = () =>
  new AppError('CONFLICT', {
    message: {
      'zh-CN': '已向申请人提出补充材料的问题，请等待答复后再提问',
      en: 'A question to the applicant is already open; wait for the answer before asking another',
    },
    details: { openQuestion: true },
  });

/** The change asking makes; refuses a second question while one is open. */
export function askQuestion(input: { request: Pick<ServiceRequest, 'openQuestion'>; text: string; by: TimelineActor; now: Date }): {
  openQuestion: OpenQuestion;
} {
  if (openQuestionOf(input.request)) throw questionAlreadyOpen();
  return { openQuestion: { text: input.text, askedAt: input.now, by: input.by } };
}

/**
 * What an addition answers: with a question open, it closes it and the timeline entry records the question it
 * answers (`data.question`, `data.askedAt`); with none, it is a voluntary addition and changes nothing else.
 */
export function answerQuestion(request: Pick<ServiceRequest, 'openQuestion'>): {
  set: { openQuestion: null } | Record<string, never>;
  data: { question: string; askedAt: string } | Record<string, never>;
} {
  const open = openQuestionOf(request);
  if (!open) return { set: {}, data: {} };
  return { set: { openQuestion: null }, data: { question: open.text, askedAt: new Date(open.askedAt).toISOString() } };
}

import * as z from 'zod';
import { longText, requestId } from './fields';

/** The question the applicant is asked (补充材料通知); short, since the answer is the applicant's `addInfo` text. */
export const QUESTION_MAX = 300;

export const askForInfoInput = z.object({ id: requestId, question: longText(QUESTION_MAX) }).strict();
export type AskForInfoInput = z.infer<typeof askForInfoInput>;

import * as z from 'zod';
import { attachments, longText, requestId } from './fields';

export const addInfoInput = z.object({ id: requestId, text: longText(1000), attachments: attachments.default([]) }).strict();

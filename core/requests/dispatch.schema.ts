import * as z from 'zod';
import { requestId } from './fields';

export const dispatchInput = z.object({ id: requestId }).strict();

import * as z from 'zod';
import { requestId } from './fields';

export const acceptInput = z.object({ id: requestId }).strict();

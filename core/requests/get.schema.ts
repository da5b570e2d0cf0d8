import * as z from 'zod';
import { requestId } from './fields';

export const getInput = z.object({ id: requestId }).strict();

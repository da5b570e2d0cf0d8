import * as z from 'zod';

/** `exportMyData` takes nothing: whose data comes from the platform identity. */
export const exportMyDataInput = z.object({}).strict().optional();

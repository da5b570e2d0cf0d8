import * as z from 'zod';

/** `me` takes nothing: who you are comes from the platform. */
export const meInput = z.object({}).strict().optional();

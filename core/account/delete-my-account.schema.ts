import * as z from 'zod';

/** Deleting is final: the payload must say so in so many words, so no stray call deletes an account. */
export const deleteMyAccountInput = z.object({ confirm: z.literal('DELETE') }).strict();
export type DeleteMyAccountInput = z.infer<typeof deleteMyAccountInput>;

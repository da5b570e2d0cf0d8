/**
 * A compare-and-set that loses a race (CONFLICT: a person, another call or another run acted first) skips that
 * record; anything else is a real failure. Answers whether the change was made.
 */
export async function skipConflict(run: () => Promise<unknown>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'CONFLICT') return false;
    throw error;
  }
}

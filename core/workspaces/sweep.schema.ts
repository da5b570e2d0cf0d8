import { sweepInput } from '../stays/sweep.schema';

/** `workspaces.sweep`: a page of each kind of timer work. */
export const sweepSeatsInput = sweepInput;

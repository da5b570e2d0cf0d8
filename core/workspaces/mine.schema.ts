import { mineInput } from '../stays/mine.schema';

/** `workspaces.mine`: the team leader's applications, newest first. */
export const mineSeatsInput = mineInput;

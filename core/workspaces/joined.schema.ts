import { mineInput } from '../stays/mine.schema';

/** `workspaces.joined`: the teams the caller joined by invite, newest first. */
export const joinedSeatsInput = mineInput;

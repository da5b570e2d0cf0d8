import { rejectInput } from '../stays/reject.schema';

/** `workspaces.reject`: the reason is required, as for stays. */
export const rejectSeatsInput = rejectInput;

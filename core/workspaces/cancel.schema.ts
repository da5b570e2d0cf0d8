import { byId } from '../stays/fields';

/** `workspaces.cancel`: names the application. */
export const cancelSeatsInput = byId;

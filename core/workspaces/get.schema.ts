import { byId } from '../stays/fields';

/** `workspaces.get`: names the application. */
export const getSeatsInput = byId;

import { byId } from '../stays/fields';

/** `workspaces.reveal`: names the application whose leader's phone and team's identity numbers the operator needs. */
export const revealSeatsInput = byId;

import { byId } from '../stays/fields';

/** `workspaces.seatMap`: names the application whose term the seat map is shown for. */
export const seatMapInput = byId;

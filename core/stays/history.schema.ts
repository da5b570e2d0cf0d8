import { byId } from './fields';

/** `stays.history` / `workspaces.history`: names the application whose audit lines the operator reads. */
export const historyInput = byId;

/** What an application id looks like; no zod here, so the admin pages can check a scanned code without bundling it. */
export const APPLICATION_ID = /^[A-Za-z0-9_-]{6,64}$/;

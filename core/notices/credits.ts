/**
 * WeChat's one-time subscriptions: each "accept" of a template lets the mini-program send ONE message of that
 * template. We count them per user and per WeChat template id (several notices may share one template, and WeChat
 * counts by template), in `users.noticeCredits.<templateId>`; the sender takes one before each send.
 */

/** More accepts than this are not counted: far more than one booking's notices, and a forged stream stays bounded. */
export const MAX_CREDITS_PER_TEMPLATE = 20;

/** The users-document field holding the credits of one template id (ids are `[A-Za-z0-9_-]`: safe as a key). */
export const creditField = (templateId: string): string => `noticeCredits.${templateId}`;

/**
 * Which template ids an answer of `requestSubscribeMessage` credits once: each accepted id that the deployment
 * configured (an id we never send earns nothing), once even if named twice, and not beyond the cap.
 */
export function creditsToAdd(input: {
  accepted: readonly string[];
  configured: readonly string[];
  current: Readonly<Record<string, number>>;
}): string[] {
  const { accepted, configured, current } = input;
  return [...new Set(accepted)].filter((id) => configured.includes(id) && (current[id] ?? 0) < MAX_CREDITS_PER_TEMPLATE);
}

import Taro from '@tarojs/taro';

/**
 * Subscribe-message template ids of the application notices (result of review, waitlist offer), as set up in the
 * mini-program's WeChat console; none yet, so there is nothing to ask for until they are filled in.
 */
export const APPLICATION_TEMPLATE_IDS: readonly string[] = [];

/**
 * Asks for permission to send the application's result as WeChat subscribe messages. WeChat only shows the prompt
 * from a tap, so call it first thing in the submit tap. H5 has no such API; a refusal is the user's right: both are
 * ignored, and the in-app message list still gets every notice.
 */
export async function askForApplicationNotices(): Promise<void> {
  if (APPLICATION_TEMPLATE_IDS.length === 0 || typeof Taro.requestSubscribeMessage !== 'function') return;
  try {
    await Taro.requestSubscribeMessage({ tmplIds: [...APPLICATION_TEMPLATE_IDS], entityIds: [] } as unknown as Parameters<typeof Taro.requestSubscribeMessage>[0]);
  } catch {
    // Refused, or unsupported here.
  }
}

import Taro from '@tarojs/taro';

/**
 * An invite path as a link to send: in H5 the app's own address with the page in its hash route (where WeChat has
 * the share card); in the mini-program the path itself (the share card carries it).
 */
export function inviteLink(path: string): string {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return path;
  return `${window.location.origin}${window.location.pathname}#${path}`;
}

/** Copies text to the clipboard; resolves false when the platform refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text });
    return true;
  } catch {
    return false;
  }
}

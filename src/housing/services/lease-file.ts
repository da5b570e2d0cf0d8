import Taro from '@tarojs/taro';

/**
 * Opens the lease PDF from its temporary URL: in WeChat downloaded then shown in the document viewer (its menu lets
 * the tenant keep or forward it); in H5 in a new tab.
 */
export async function openLeasePdf(url: string): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp') {
    window.open(url, '_blank', 'noopener');
    return;
  }
  const { tempFilePath } = await Taro.downloadFile({ url });
  await Taro.openDocument({ filePath: tempFilePath, fileType: 'pdf', showMenu: true });
}

import { act, fireEvent } from '@testing-library/react';

/**
 * A stand-in for the local cloud's `POST /storage/upload` behind XMLHttpRequest (what `services/upload.ts` uses in
 * H5 for its progress events): reports 50 % at once, then answers the file ID 30 ms later (or a queued reply). With
 * `hold` set, uploads stay at 50 % until `release()`: a test that looks at the progress does not race the timer.
 */
export class FakeXhr {
  static replies: Array<{ status: number; body: unknown }> = [];
  static sent: Array<{ url: string; headers: Record<string, string>; body: unknown }> = [];
  static hold = false;
  private static held: Array<() => void> = [];
  /** Lets every held upload answer. */
  static release(): void {
    FakeXhr.hold = false;
    for (const answer of FakeXhr.held.splice(0)) setTimeout(answer, 0);
  }
  upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  status = 0;
  responseText = '';
  private url = '';
  private headers: Record<string, string> = {};
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    FakeXhr.sent.push({ url: this.url, headers: this.headers, body });
    const reply = FakeXhr.replies.shift() ?? {
      status: 200,
      body: { fileID: `cloud://local-env.local-bucket/${decodeURIComponent(this.url.split('cloudPath=')[1])}` },
    };
    this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
    const answer = () => {
      this.status = reply.status;
      this.responseText = JSON.stringify(reply.body);
      this.onload?.();
    };
    if (FakeXhr.hold) FakeXhr.held.push(answer);
    else setTimeout(answer, 30);
  }
}

const realXhr = globalThis.XMLHttpRequest;
export function installFakeXhr(): void {
  FakeXhr.replies = [];
  FakeXhr.sent = [];
  FakeXhr.hold = false;
  globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
}
export function uninstallFakeXhr(): void {
  globalThis.XMLHttpRequest = realXhr;
  document.querySelectorAll('input[type=file]').forEach((e) => e.remove());
}

/** Taps "choose" on a document slot and picks `file` in the browser's file dialog (the hidden input the service adds). */
export async function chooseFile(kind: string, file: File): Promise<void> {
  fireEvent.click(document.querySelector(`.document-upload--${kind} .document-upload__button`)!);
  const picker = document.querySelector('input[type=file]') as HTMLInputElement;
  expect(picker.accept).toContain('.pdf');
  Object.defineProperty(picker, 'files', { value: [file] });
  await act(async () => {
    fireEvent.change(picker);
  });
}

export const fileOf = (name: string, bytes: number, mime = 'application/pdf'): File => {
  const file = new File(['x'], name, { type: mime });
  Object.defineProperty(file, 'size', { value: bytes });
  return file;
};

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { addDays } from '@core/calendar/dates';
import { DEFAULT_STAY_POLICY } from '@core/stations/policy';
import { resetLocaleCache, setLocale, type Locale } from '@/i18n';
import { DatesStep } from '@/apply/components/stay/dates-step';
import { DocumentsStep } from '@/apply/components/stay/documents-step';
import { PickupStep } from '@/apply/components/stay/pickup-step';
import type { StepContext, StepProps } from '@/apply/components/stay/types';
import { WhoStep } from '@/apply/components/stay/who-step';
import { datesErrors, documentErrors, emptyDraft, pickupErrors, whoErrors, type StayDraft } from '@/apply/model/stay-draft';
import { mockFetch, restoreFetch } from './fetch-mock';
import { chooseFile, fileOf, FakeXhr, installFakeXhr, uninstallFakeXhr } from './upload-mock';
import { resetTaroStub } from './stubs/taro';
import { chooseTime } from './nutui';

const TODAY = '2026-12-01';
const context: StepContext = {
  stationId: 'station-pudong',
  today: TODAY,
  now: new Date('2026-12-01T02:00:00Z'),
  policy: { ...DEFAULT_STAY_POLICY, listedUniversities: ['Fudan University', '复旦大学'] },
  isEmployer: false,
};

type Step = (props: StepProps) => JSX.Element;
const ERRORS: Record<string, (draft: StayDraft, locale: Locale) => Record<string, string>> = {
  who: (d, l) => whoErrors(d, context.stationId, l),
  dates: (d, l) => datesErrors(d, context, l),
  pickup: (d, l) => pickupErrors(d, context, l),
  documents: (d, l) => documentErrors(d, context, l),
};

/** A step as the wizard shows it after "Next" was tapped: its draft in state and the errors of core's rules. */
function renderStep(Step: Step, step: keyof typeof ERRORS, locale: Locale, initial: Partial<StayDraft> = {}) {
  setLocale(locale);
  let current: StayDraft = { ...emptyDraft('self'), ...initial };
  function Harness() {
    const [draft, setDraft] = useState(current);
    current = draft;
    return (
      <Step
        draft={draft}
        update={(patch) => setDraft((d) => ({ ...d, ...(typeof patch === 'function' ? patch(d) : patch) }))}
        errors={ERRORS[step](draft, locale)}
        context={context}
      />
    );
  }
  render(<Harness />);
  return { draft: () => current };
}

const field = (name: string) => document.querySelector(`.form__field--${name}`) as HTMLElement;
const errorOf = (name: string) => field(name)?.querySelector('.form__error')?.textContent ?? null;
const input = (name: string) => field(name).querySelector('input, textarea') as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.change(input(name), { target: { value } });
const chip = (group: string, value: string) => document.querySelector(`.form__choice--${group} .form__chip--${value}`) as HTMLElement;
const texts = (selector: string) => Array.from(document.querySelectorAll(selector), (e) => e.textContent);

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
  localStorage.clear();
  process.env.TARO_ENV = 'h5';
});
afterEach(restoreFetch);

describe('step 1, who you are', () => {
  test.each([
    [
      'zh-CN',
      '请填写此项',
      '证件号码为 5–20 位字母或数字',
      '需在海外工作满 3 年',
      '该政策面向有意在上海工作的人才',
      '根据您填写的信息，您很可能符合条件',
    ],
    [
      'en',
      'Required',
      'Document numbers are 5–20 letters or digits',
      'At least 3 years of work abroad are required',
      'This stay is for people who intend to work in Shanghai',
      'From what you entered, you are likely eligible',
    ],
  ] as const)(
    "%s: marks empty fields with the server schema's messages and checks eligibility live",
    (locale, emptyName, idNumber, years, shanghai, likely) => {
      renderStep(WhoStep, 'who', locale);
      expect(errorOf('name')).toBe(emptyName);
      expect(errorOf('idNumber')).toBe(idNumber);
      expect(texts('.stay-rules__unmet')).toEqual([`✗ ${shanghai}`, `✗ ${years}`]);

      type('name', 'Alex Chen');
      type('phone', '+8613800000000');
      type('idNumber', 'E12345678');
      type('yearsAbroad', '2');
      fireEvent.click(document.querySelector('.form__check--intendsShanghai')!);
      expect(errorOf('name')).toBeNull();
      expect(texts('.stay-rules__unmet')).toEqual([`✗ ${years}`]);
      type('yearsAbroad', '3');
      expect(document.querySelector('.stay-rules__ok')?.textContent).toBe(likely);
    },
  );

  test.each([
    ['zh-CN', '所在院校不在认定院校名单内', '毕业时间需在 24 个月内或将于 12 个月内毕业'],
    [
      'en',
      'Your university is not on the list of recognised universities',
      'You must have graduated within 24 months or graduate within 12 months',
    ],
  ] as const)('%s: a graduate is checked against the listed universities and the graduation window', (locale, university, window) => {
    const { draft } = renderStep(WhoStep, 'who', locale, { intendsToWorkInShanghai: true });
    fireEvent.click(chip('type', 'graduate'));
    expect(draft().type).toBe('graduate');
    expect(texts('.stay-rules__unmet')).toEqual([`✗ ${university}`, `✗ ${window}`]);
    type('university', 'fudan  university');
    type('graduationDate', '2024-01-01');
    expect(texts('.stay-rules__unmet')).toEqual([`✗ ${window}`]);
    type('graduationDate', '2026-06-30');
    expect(texts('.stay-rules__unmet')).toEqual([]);
  });

  test('an employer books for a guest: employer name and purpose instead of the applicant type', () => {
    setLocale('en');
    let current = emptyDraft('guest');
    function Harness() {
      const [draft, setDraft] = useState(current);
      current = draft;
      return (
        <WhoStep
          draft={draft}
          update={(p) => setDraft((d) => ({ ...d, ...(typeof p === 'function' ? p(d) : p) }))}
          errors={whoErrors(draft, 'station-pudong', 'en')}
          context={{ ...context, isEmployer: false }}
        />
      );
    }
    render(<Harness />);
    expect(screen.getByText('The guest')).toBeTruthy();
    expect(errorOf('employerName')).toBe('Required');
    expect(texts('.stay-rules__unmet')).toEqual(['✗ Only a verified employer can book for a guest']);
    fireEvent.click(chip('purpose', 'interview'));
    expect(current.purpose).toBe('interview');
  });
});

describe('step 2, dates on a calendar of free beds', () => {
  const first = addDays(TODAY, 1);
  function fakeQuote(fullDate?: string) {
    return mockFetch(({ event }) => {
      const { checkIn, nights } = event.payload as { checkIn: string; nights: number };
      const list = Array.from({ length: nights }, (_, i) => addDays(checkIn, i)).map((date) => ({
        date,
        free: date === fullDate ? 0 : 4,
        capacity: 10,
      }));
      return { ok: true, data: { stationId: 'station-pudong', nights: list, available: true } };
    });
  }
  // The date inside NutUI's day cell; a tap on it reaches the cell's own handler.
  const day = (date: string) => document.querySelector(`.free-days__date--d${date}`) as HTMLElement;
  const cell = (date: string) => day(date).closest('.nut-calendarcard-day') as HTMLElement;

  test.each([
    ['zh-CN', '请选择入住日期', '入住：{d}', '离店：{e}', '共 3 晚（最多 7 晚）'],
    ['en', 'Choose your dates', 'Check-in: {d}', 'Check-out: {e}', '3 night(s) (at most 7)'],
  ] as const)(
    '%s: asks for dates, then a tap sets check-in and a second tap check-out',
    async (locale, choose, checkIn, checkOut, nights) => {
      const calls = fakeQuote();
      const { draft } = renderStep(DatesStep, 'dates', locale);
      expect(document.querySelector('.form__error')?.textContent).toBe(choose);
      await waitFor(() => expect(day(first)).toBeTruthy());
      expect(calls[0].event).toMatchObject({ action: 'quote', payload: { stationId: 'station-pudong', checkIn: first, nights: 60 } });
      expect(cell(first).querySelector('.free-days__free')?.textContent).toBe('4');
      // NutUI's own texts (weekdays) come from our dictionaries too.
      expect(texts('.nut-calendarcard-day.header')).toEqual(
        locale === 'en' ? ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'] : ['日', '一', '二', '三', '四', '五', '六'],
      );

      fireEvent.click(day(addDays(TODAY, 5)));
      fireEvent.click(day(addDays(TODAY, 8)));
      expect(draft()).toMatchObject({ checkIn: addDays(TODAY, 5), nights: 3 });
      expect(cell(addDays(TODAY, 5)).className).toContain('start');
      expect(cell(addDays(TODAY, 8)).className).toContain('end');
      expect(document.querySelector('.stay-dates__check-in')?.textContent).toBe(checkIn.replace('{d}', addDays(TODAY, 5)));
      expect(document.querySelector('.stay-dates__check-out')?.textContent).toBe(checkOut.replace('{e}', addDays(TODAY, 8)));
      expect(document.querySelector('.stay-dates__nights')?.textContent).toBe(nights);
      expect(document.querySelector('.form__error')).toBeNull();
    },
  );

  test('a second tap more than 7 nights later starts again from that day; a full night cannot be chosen', async () => {
    fakeQuote(addDays(TODAY, 12));
    const { draft } = renderStep(DatesStep, 'dates', 'en');
    await waitFor(() => expect(day(first)).toBeTruthy());
    expect(cell(addDays(TODAY, 12)).className).toContain('disabled');
    expect(cell(addDays(TODAY, 12)).querySelector('.free-days__free--full')?.textContent).toBe('0');
    fireEvent.click(day(addDays(TODAY, 2)));
    fireEvent.click(day(addDays(TODAY, 10)));
    expect(draft()).toMatchObject({ checkIn: addDays(TODAY, 10), nights: 0 });
    // Check-out on the full day itself is fine (that night is not stayed); beyond it the stay would include it.
    expect(cell(addDays(TODAY, 12)).className).not.toContain('disabled');
    fireEvent.click(day(addDays(TODAY, 14)));
    expect(draft()).toMatchObject({ checkIn: addDays(TODAY, 14), nights: 0 });
    fireEvent.click(day(addDays(TODAY, 12)));
    expect(draft()).toMatchObject({ checkIn: addDays(TODAY, 14), nights: 0 });
  });

  test('nights that filled up since they were chosen offer the waitlist', async () => {
    fakeQuote(addDays(TODAY, 12));
    const { draft } = renderStep(DatesStep, 'dates', 'en', { checkIn: addDays(TODAY, 10), nights: 3 });
    await waitFor(() => expect(day(first)).toBeTruthy());
    expect(document.querySelector('.stay-dates__full')?.textContent).toBe('A night in your dates is full');
    fireEvent.click(document.querySelector('.form__check--waitlist')!);
    expect(draft().joinWaitlist).toBe(true);
  });
});

describe('step 3, pickup', () => {
  const checkIn = addDays(TODAY, 5);

  test.each([
    ['zh-CN', '请选择到达日期', '请选择到达时间', '请填写航班号或车次，例如 MU5101、G7'],
    ['en', 'Choose the arrival day', 'Choose the arrival time', 'Enter a flight or train number, e.g. MU5101 or G7'],
  ] as const)(
    '%s: no pickup needs nothing; a pickup needs a valid number, a day near check-in and a time',
    (locale, dayMissing, timeBad, flight) => {
      const { draft } = renderStep(PickupStep, 'pickup', locale, { checkIn, nights: 3 });
      expect(document.querySelector('.form__error')).toBeNull();
      fireEvent.click(chip('pickup', 'want'));
      expect(errorOf('arrivalDay')).toBe(dayMissing);
      expect(errorOf('arrivalTime')).toBe(timeBad);
      expect(errorOf('number')).toBe(flight);

      expect(texts('.form__choice--arrivalDay .form__chip')).toEqual([addDays(checkIn, -1), checkIn, addDays(checkIn, 1)]);
      fireEvent.click(chip('place', 'SHA'));
      type('number', 'mu5101');
      fireEvent.click(chip('arrivalDay', checkIn));
      expect(document.querySelector('.time-field__placeholder')?.textContent).toBe(
        locale === 'en' ? 'Tap to choose a time' : '点此选择时间',
      );
      chooseTime('arrivalTime', '14:30');
      expect(document.querySelector('.time-field__value')?.textContent).toBe('14:30');
      expect(document.querySelector('.form__error')).toBeNull();
      expect(draft().pickup).toEqual({ wanted: true, place: 'SHA', number: 'mu5101', day: checkIn, time: '14:30' });
    },
  );

  test("an arrival in the past is refused by core's pickup rule", () => {
    renderStep(PickupStep, 'pickup', 'zh-CN', {
      checkIn: TODAY,
      nights: 1,
      pickup: { wanted: true, place: 'PVG', number: 'MU5101', day: TODAY, time: '08:00' },
    });
    expect(errorOf('arrivalTime')).toBe('到达时间需晚于当前时间');
  });
});

describe('step 4, documents', () => {
  beforeEach(installFakeXhr);
  afterEach(uninstallFakeXhr);

  test.each([
    ['zh-CN', '请上传护照或身份证', '请上传海外工作证明或录用通知', '仅支持 PDF、JPG、PNG 文件', '文件不能超过 10 MB', '已上传（2 KB）'],
    [
      'en',
      'Attach your passport or ID card',
      'Attach proof of your work abroad or an offer letter',
      'Only PDF, JPG and PNG files',
      'Files must be at most 10 MB',
      'Uploaded (2 KB)',
    ],
  ] as const)(
    '%s: asks for the proofs of the applicant type, refuses wrong files before uploading, uploads the rest',
    async (locale, identity, work, badType, tooBig, uploaded) => {
      const { draft } = renderStep(DocumentsStep, 'documents', locale);
      expect(texts('.document-upload__kind').length).toBe(4);
      expect(texts('.stay-documents .form__error')).toEqual([identity, work]);

      await chooseFile('passport', fileOf('notes.txt', 100, 'text/plain'));
      expect(document.querySelector('.document-upload--passport .document-upload__error')?.textContent).toBe(badType);
      await chooseFile('passport', fileOf('passport.pdf', 10 * 1024 * 1024 + 1));
      expect(document.querySelector('.document-upload--passport .document-upload__error')?.textContent).toBe(tooBig);
      expect(FakeXhr.sent).toEqual([]);

      FakeXhr.hold = true;
      await chooseFile('passport', fileOf('passport.pdf', 2048));
      expect(document.querySelector('.document-upload--passport .document-upload__percent')?.textContent).toMatch(/ 50%$/);
      await act(async () => FakeXhr.release());
      await waitFor(() =>
        expect(document.querySelector('.document-upload--passport .document-upload__status')?.textContent).toBe(uploaded),
      );
      expect(FakeXhr.sent[0].url).toMatch(/^\/storage\/upload\?cloudPath=uploads%2Fdemo-applicant%2Fstay-documents%2F[a-z0-9]{20}\.pdf$/);
      expect(FakeXhr.sent[0].headers).toEqual({ 'content-type': 'application/pdf', 'X-Dev-OpenId': 'demo-applicant' });
      expect(draft().documents.passport).toEqual({
        kind: 'passport',
        fileId: expect.stringMatching(/^cloud:\/\/local-env\.local-bucket\/uploads\/demo-applicant\/stay-documents\//),
        type: 'pdf',
        size: 2048,
      });
      expect(texts('.stay-documents .form__error')).toEqual([work]);
    },
  );

  test('a failed upload says so and keeps the slot empty', async () => {
    FakeXhr.replies.push({ status: 500, body: { error: 'disk full' } });
    const { draft } = renderStep(DocumentsStep, 'documents', 'en');
    await chooseFile('work-proof', fileOf('proof.png', 4096, 'image/png'));
    await waitFor(() =>
      expect(document.querySelector('.document-upload--work-proof .document-upload__error')?.textContent).toBe(
        'Upload failed, please try again',
      ),
    );
    expect(draft().documents['work-proof']).toBeUndefined();
  });
});

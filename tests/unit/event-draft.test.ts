import { saveEventInput } from '../../core/events/schemas';
import { instantOf, newDraft, payloadOf } from '../../src/admin/pages/events-edit/draft';

describe("the organiser's event form", () => {
  it.each([
    ['2027-07-01 09:30', '2027-07-01T09:30:00+08:00'],
    ['2027-07-01T23:59', '2027-07-01T23:59:00+08:00'],
    [' 2027-07-01 00:00 ', '2027-07-01T00:00:00+08:00'],
    ['2027-02-30 09:00', null],
    ['2027-07-01 24:00', null],
    ['2027-07-01', null],
    ['next monday', null],
  ])('reads %j as Shanghai wall time: %s', (text, expected) => {
    expect(instantOf(text)).toBe(expected);
  });

  it('a new event, as first shown, is an input the server accepts: window from now, one session after it', () => {
    const draft = newDraft('station-pudong', new Date('2026-12-06T01:00:00Z'));
    const built = payloadOf({ ...draft, titleZh: '社群活动', titleEn: 'Meet-up', descriptionZh: '一起聊聊', descriptionEn: "Let's talk" });
    if (!('input' in built)) throw new Error('not built');
    expect(built.input).toMatchObject({
      opensAt: '2026-12-06T09:00:00+08:00',
      closesAt: '2026-12-13T00:00:00+08:00',
      sessions: [{ date: '2026-12-20', place: { stationId: 'station-pudong' }, capacity: 30 }],
    });
    expect(saveEventInput.safeParse(built.input).success).toBe(true);
  });

  it('a session at an address sends the address, not the station', () => {
    const draft = newDraft('station-pudong', new Date('2026-12-06T01:00:00Z'));
    draft.sessions[0] = { ...draft.sessions[0], atStation: false, addressZh: '示例路 200 号', addressEn: '200 Example Road' };
    const built = payloadOf(draft);
    expect('input' in built && built.input.sessions[0].place).toEqual({ address: { 'zh-CN': '示例路 200 号', en: '200 Example Road' } });
  });

  it('names the window ends that are not YYYY-MM-DD HH:mm, and builds nothing', () => {
    const draft = { ...newDraft('station-pudong', new Date()), opens: 'soon', closes: '2027-13-01 00:00' };
    expect(payloadOf(draft)).toEqual({ badInstants: ['opensAt', 'closesAt'] });
  });
});

import { creditField, creditsToAdd, MAX_CREDITS_PER_TEMPLATE } from './credits';

describe('creditsToAdd: what one subscribe answer earns', () => {
  it.each([
    ['each accepted, configured id once', ['a', 'b'], ['a', 'b'], {}, ['a', 'b']],
    ['an id named twice counts once', ['a', 'a'], ['a'], {}, ['a']],
    ['an id the deployment does not send earns nothing', ['forged'], ['a'], {}, []],
    ['nothing configured: nothing earned', ['a'], [], {}, []],
    ['credits already held add up', ['a'], ['a'], { a: 3 }, ['a']],
    ['one below the cap still counts', ['a'], ['a'], { a: MAX_CREDITS_PER_TEMPLATE - 1 }, ['a']],
    ['at the cap: not counted', ['a'], ['a'], { a: MAX_CREDITS_PER_TEMPLATE }, []],
  ])('%s', (_title, accepted, configured, current, expected) => {
    expect(creditsToAdd({ accepted, configured, current })).toEqual(expected);
  });

  it('credits live under noticeCredits, one field per template id', () => {
    expect(creditField('Ab_-1')).toBe('noticeCredits.Ab_-1');
  });
});

import { afterFinishedClaim } from './finished-claim';
import type { StayStatus } from './model';

describe('afterFinishedClaim', () => {
  const finished = (status: StayStatus, program = 'talent') => ({ id: 'stay-old', status, program });
  it.each([
    ['still active (pending): the claim stays its own', finished('pending'), { talent: 'stay-old' }, 'talent', 'active'],
    ['still active (waitlisted)', finished('waitlisted'), { talent: 'stay-old' }, 'talent', 'active'],
    ['still active (checked in)', finished('checked-in'), { talent: 'stay-old' }, 'talent', 'active'],
    ['cancelled: taken over, its free stay given back', finished('cancelled'), { talent: 'stay-old' }, 'talent', { returned: 'talent' }],
    ['rejected', finished('rejected'), { talent: 'stay-old' }, 'talent', { returned: 'talent' }],
    ['expired', finished('expired'), { talent: 'stay-old' }, 'talent', { returned: 'talent' }],
    ['checked out: the free stay was had', finished('checked-out'), { talent: 'stay-old' }, 'talent', 'free-stay-used'],
    ['a no-show used the free stay too', finished('no-show'), { talent: 'stay-old' }, 'talent', 'free-stay-used'],
    [
      'a no-show in another program: taken over, that program still used',
      finished('no-show', 'startup-team'),
      { 'startup-team': 'stay-old' },
      'talent',
      { returned: null },
    ],
    [
      'cancelled in another program: that free stay given back too',
      finished('cancelled', 'startup-team'),
      { 'startup-team': 'stay-old' },
      'talent',
      { returned: 'startup-team' },
    ],
    ["the program's free stay used by an earlier application", finished('cancelled'), { talent: 'stay-older' }, 'talent', 'free-stay-used'],
  ] as const)('%s', (_case, app, free, program, expected) => {
    expect(afterFinishedClaim({ finished: app, free, program })).toEqual(expected);
  });
});

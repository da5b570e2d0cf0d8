import { AppError } from './contract/errors';
import { assertEligible, localiseReasons, notEligible, reason } from './reasons';

const AGE = reason('max-age', '年龄超过上限', 'Over the age limit');
const DEGREE = reason('min-degree', '学历不符', 'Degree too low');

describe('reasons', () => {
  it('NOT_ELIGIBLE carries every failed rule in both languages', () => {
    const error = notEligible([AGE, DEGREE]);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('NOT_ELIGIBLE');
    expect(error.details).toEqual({ reasons: [AGE, DEGREE] });
  });

  it.each([
    ['no rule failed', [], null],
    ['one rule failed', [AGE], [AGE]],
    ['two rules failed', [AGE, DEGREE], [AGE, DEGREE]],
  ])('assertEligible: %s', (_t, reasons, refused) => {
    const run = () => assertEligible(reasons);
    if (refused === null) expect(run).not.toThrow();
    else expect(run).toThrow(expect.objectContaining({ code: 'NOT_ELIGIBLE', details: { reasons: refused } }));
  });

  it('gives the client the sentence in its language', () => {
    expect(localiseReasons([AGE], 'en')).toEqual([{ rule: 'max-age', message: 'Over the age limit' }]);
    expect(localiseReasons([AGE], 'zh-CN')).toEqual([{ rule: 'max-age', message: '年龄超过上限' }]);
  });
});

import { settleAll } from '../../../cloudfunctions/_shared/side-by-side';

const after = <T>(ms: number, value: T, fail = false) =>
  new Promise<T>((resolve, reject) => setTimeout(() => (fail ? reject(value) : resolve(value)), ms));

describe('settleAll', () => {
  it('waits for every step, a failed one included, then throws the first failure in the list', async () => {
    const finished: string[] = [];
    const slow = after(30, 'slow').then((v) => finished.push(v));
    const steps = [after(1, new Error('first'), true), slow, after(5, new Error('second'), true)];
    await expect(settleAll(steps)).rejects.toThrow('first');
    expect(finished).toEqual(['slow']);
  });

  it('skips the steps not taken (false, null, undefined) and answers nothing', async () => {
    await expect(settleAll([false, null, undefined, after(1, 'x')])).resolves.toBeUndefined();
  });
});

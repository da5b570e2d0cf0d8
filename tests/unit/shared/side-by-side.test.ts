import { inFlight, settleAll } from '../../../cloudfunctions/_shared/side-by-side';

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

describe('inFlight', () => {
  it('keeps at most `limit` steps on their way, and drain waits for the rest', async () => {
    let running = 0;
    let most = 0;
    let done = 0;
    const step = async (ms: number) => {
      running += 1;
      most = Math.max(most, running);
      await after(ms, null);
      running -= 1;
      done += 1;
    };
    const pool = inFlight(3);
    for (let i = 0; i < 10; i += 1) await pool.add(step(5 + (i % 4)));
    expect(most).toBe(3);
    expect(done).toBeLessThan(10);
    await pool.drain();
    expect(done).toBe(10);
    expect(running).toBe(0);
  });
});

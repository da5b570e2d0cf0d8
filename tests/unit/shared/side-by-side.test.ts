import { inFlight, settleAll, settled } from '../../../cloudfunctions/_shared/side-by-side';

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

describe('settled', () => {
  it('keeps a failure for value(), unhandled by nobody meanwhile', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const kept = settled(() => after(1, new Error('no station'), true));
      await after(10, null);
      await expect(kept.value()).rejects.toThrow('no station');
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('answers the value, undefined when nothing was started, and keeps a synchronous throw for value()', async () => {
    await expect(settled(() => after(1, 'station')).value()).resolves.toBe('station');
    await expect(settled(() => undefined).value()).resolves.toBeUndefined();
    const throws = settled((): Promise<string> => {
      throw new Error('at once');
    });
    await expect(throws.value()).rejects.toThrow('at once');
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

export const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

export interface SpawnedCloud {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
}

/** `local-cloud/main.ts` in a process of its own (as `npm start` runs it), on the given data folder. */
export async function spawnLocalCloud(dataDir: string, port?: number): Promise<SpawnedCloud> {
  const chosen = port ?? (await freePort());
  // `node --import tsx` (not the tsx CLI, which runs a second process): the pid is the server's own, so a
  // SIGKILL really kills the server mid-write.
  // `CLOUD_NODE_ARGS` adds Node options to that process (e.g. `--cpu-prof --cpu-prof-dir=.tmp/prof` to profile it
  // and its function workers under a bench; NODE_OPTIONS refuses `--cpu-prof`).
  const nodeArgs = (process.env.CLOUD_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'local-cloud/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(chosen), DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`local cloud did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /local cloud\s+(http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`local cloud exited with ${code}:\n${output}`));
    });
  });
  return { url, child, exited };
}

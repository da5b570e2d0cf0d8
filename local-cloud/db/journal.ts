import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { EJSON } from 'bson';
import type { AnyObject } from 'mingo/types';
import type { Doc } from './types';
import { applyUpdate, takeUpdate } from './update';

/**
 * Durability by an append-only journal with group commit: each commit is one line, a batch of lines is written
 * and `fdatasync`ed before any of their writers is answered, so an acknowledged write survives `kill -9`.
 * On open the journal is folded into a snapshot (written to a temp file, fsynced, renamed), then emptied. An update
 * is journaled as its operators when the store knows them (`Store.journalEntry`), and replayed with the same code.
 *
 * Chosen over SQLite: the data is documents queried with MongoDB semantics (mingo) in memory anyway, and a
 * pure-JS journal needs no native build on a fresh machine (better-sqlite3 compiles from source here).
 */

/** One write: the whole document (`d`, null for a delete), or the update that made it from the one before (`u`). */
export type JournalWrite = { c: string; i: string; d: Doc | null } | { c: string; i: string; u: AnyObject };
export type JournalRecord = { s: number; w: JournalWrite[] } | { s: number; create: string };

export interface LoadedState {
  seq: number;
  collections: Map<string, Map<string, Doc>>;
}

const SNAPSHOT = 'snapshot.ejsonl';
const JOURNAL = 'journal.ejsonl';

const encode = (value: unknown) => EJSON.stringify(value, { relaxed: false });
const decode = <T>(line: string): T => EJSON.parse(line, { relaxed: true }) as T;

function readLines(path: string): string[] {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  return text.split('\n');
}

function load(dir: string): LoadedState {
  const state: LoadedState = { seq: 0, collections: new Map() };
  const snapshotLines = readLines(join(dir, SNAPSHOT)).filter(Boolean);
  if (snapshotLines.length > 0) {
    const header = decode<{ seq: number; collections: string[] }>(snapshotLines[0]);
    state.seq = header.seq;
    for (const name of header.collections) state.collections.set(name, new Map());
    for (const line of snapshotLines.slice(1)) {
      const { c, d } = decode<{ c: string; d: Doc }>(line);
      state.collections.get(c)?.set(d._id, d);
    }
  }
  const journalLines = readLines(join(dir, JOURNAL));
  journalLines.forEach((line, index) => {
    if (!line) return;
    let record: JournalRecord;
    try {
      record = decode<JournalRecord>(line);
    } catch (error) {
      // Only the last line can be torn (a crash mid-write); it was never acknowledged.
      if (index >= journalLines.length - 2) return;
      throw new Error(`journal line ${index + 1} is corrupt: ${(error as Error).message}`);
    }
    if (record.s <= state.seq) return;
    state.seq = record.s;
    if ('create' in record) {
      if (!state.collections.has(record.create)) state.collections.set(record.create, new Map());
      return;
    }
    for (const write of record.w) {
      const coll = state.collections.get(write.c) ?? new Map<string, Doc>();
      state.collections.set(write.c, coll);
      if ('u' in write) {
        const base = coll.get(write.i);
        if (!base) throw new Error(`journal line ${index + 1} updates ${write.c}/${write.i}, which does not exist`);
        const doc = applyUpdate(base, write.u);
        // Forget how it was made: remembered, each replayed version would keep the one before it alive.
        takeUpdate(doc);
        coll.set(write.i, doc);
      } else if (write.d === null) coll.delete(write.i);
      else coll.set(write.i, write.d);
    }
  });
  return state;
}

function writeSnapshot(dir: string, state: LoadedState): void {
  const tmp = join(dir, `${SNAPSHOT}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, `${encode({ seq: state.seq, collections: [...state.collections.keys()] })}\n`);
    for (const [c, docs] of state.collections) {
      let chunk = '';
      for (const d of docs.values()) {
        chunk += `${encode({ c, d })}\n`;
        if (chunk.length > 1 << 20) {
          writeSync(fd, chunk);
          chunk = '';
        }
      }
      if (chunk) writeSync(fd, chunk);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, join(dir, SNAPSHOT));
  const dirFd = openSync(dir, 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
}

export class Journal {
  private pending: string[] = [];
  private waiters: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  private flushing: Promise<void> | null = null;

  private constructor(private readonly handle: FileHandle) {}

  /** Loads the data folder, compacts it, and opens the journal for appending. */
  static async open(dir: string): Promise<{ journal: Journal; state: LoadedState }> {
    mkdirSync(dir, { recursive: true });
    const state = load(dir);
    writeSnapshot(dir, state);
    const handle = await open(join(dir, JOURNAL), 'w');
    await handle.datasync();
    return { journal: new Journal(handle), state };
  }

  /** Resolves once the record is on disk. Records are written in the order they were appended. */
  append(record: JournalRecord): Promise<void> {
    const line = encode(record);
    return new Promise((resolve, reject) => {
      this.pending.push(line);
      this.waiters.push({ resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.length > 0) {
      const lines = this.pending;
      const waiters = this.waiters;
      this.pending = [];
      this.waiters = [];
      try {
        await this.handle.write(`${lines.join('\n')}\n`);
        await this.handle.datasync();
        for (const waiter of waiters) waiter.resolve();
      } catch (error) {
        for (const waiter of waiters) waiter.reject(error as Error);
      }
    }
    this.flushing = null;
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle.close();
  }
}

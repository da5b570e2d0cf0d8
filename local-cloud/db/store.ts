import { randomBytes } from 'node:crypto';
import { DB_ERROR, DbError } from './errors';
import { Indexes, type IndexSpec } from './indexes';
import { Journal, type JournalWrite } from './journal';
import { takeUpdate } from './update';
import type { Doc, Version, Write } from './types';

/** What a reader sees: everything committed up to `seq`, plus a transaction's own uncommitted writes. */
export interface View {
  seq: number;
  own?: Map<string, Doc | null>;
}

interface Transaction {
  id: string;
  startSeq: number;
  writes: Map<string, Write>;
  lastUsed: number;
}

const keyOf = (collection: string, id: string) => `${collection}\u0000${id}`;

/** Transactions left open this long are aborted, as CloudBase does with abandoned ones. */
const TRANSACTION_IDLE_MS = 30_000;

/**
 * The documents, kept in memory with enough history for snapshot reads, and made durable by the journal.
 * All decisions about a write happen synchronously (one event-loop turn), so a conditional update is atomic;
 * the writer is answered only after the journal has the write on disk.
 */
export class Store {
  private seq: number;
  private readonly collections = new Map<string, Map<string, Version[]>>();
  private readonly transactions = new Map<string, Transaction>();
  /** Document keys locked by a transaction's pending write (first writer wins, as in MongoDB). */
  private readonly locks = new Map<string, string>();
  /** Chains holding more than the newest version, pruned when no transaction needs the old ones. */
  private readonly historic = new Set<string>();
  private readonly reaper: NodeJS.Timeout;
  readonly indexes: Indexes;
  /** How many stored documents queries have read (tests check that a page's cost follows the page). */
  readonly stats = { docsExamined: 0 };
  /** Shapes of queries no declared index served, for `notablescan`-style reports. */
  private readonly unindexed = new Map<string, number>();

  private constructor(
    private readonly journal: Journal,
    loaded: { seq: number; collections: Map<string, Map<string, Doc>> },
    indexes: Record<string, IndexSpec[]>,
  ) {
    this.seq = loaded.seq;
    this.indexes = new Indexes(indexes);
    for (const [name, docs] of loaded.collections) {
      const chains = new Map<string, Version[]>();
      for (const [id, doc] of docs) {
        chains.set(id, [{ seq: 0, doc }]);
        this.indexes.set(name, id, [doc]);
      }
      this.collections.set(name, chains);
    }
    this.reaper = setInterval(() => this.abortIdleTransactions(), 5_000);
    this.reaper.unref();
  }

  /** `indexes`: the declared indexes per collection; collections not listed are not indexed nor reported. */
  static async open(dataDir: string, indexes: Record<string, IndexSpec[]> = {}): Promise<Store> {
    const { journal, state } = await Journal.open(dataDir);
    return new Store(journal, state, indexes);
  }

  /** Notes a query that no declared index served (once per collection and shape, with a count). */
  reportUnindexed(collection: string, shape: string): void {
    if (!this.indexes.isDeclared(collection)) return;
    const key = `${collection} ${shape}`;
    const seen = this.unindexed.get(key) ?? 0;
    this.unindexed.set(key, seen + 1);
    if (seen === 0) console.warn(`[local-cloud] query not served by any declared index: ${key}`);
  }

  unindexedQueries(): Array<{ query: string; count: number }> {
    return [...this.unindexed].map(([query, count]) => ({ query, count }));
  }

  /** Ids of documents the transaction of this view wrote in the collection (the indexes know only committed data). */
  ownIds(collection: string, view: View): string[] {
    const ids: string[] = [];
    for (const key of view.own?.keys() ?? []) {
      const [coll, id] = key.split('\u0000');
      if (coll === collection) ids.push(id);
    }
    return ids;
  }

  async close(): Promise<void> {
    clearInterval(this.reaper);
    await this.journal.close();
  }

  // ---- collections

  hasCollection(name: string): boolean {
    return this.collections.has(name);
  }

  listCollections(): string[] {
    return [...this.collections.keys()];
  }

  async createCollection(name: string): Promise<void> {
    if (this.collections.has(name)) {
      throw new DbError(DB_ERROR.COLLECTION_ALREADY_EXIST, `collection ${name} already exists`);
    }
    this.collections.set(name, new Map());
    this.seq += 1;
    await this.journal.append({ s: this.seq, create: name });
  }

  private chains(collection: string): Map<string, Version[]> {
    const chains = this.collections.get(collection);
    if (!chains) throw new DbError(DB_ERROR.COLLECTION_NOT_EXIST, `collection ${collection} does not exist`);
    return chains;
  }

  // ---- reading

  latestView(): View {
    return { seq: this.seq };
  }

  /** Every document of the collection visible in the view. The documents are the stored objects: never mutate. */
  scan(collection: string, view: View): Doc[] {
    const chains = this.chains(collection);
    const out: Doc[] = [];
    for (const [id, chain] of chains) {
      const doc = this.visible(collection, id, chain, view);
      if (doc) out.push(doc);
    }
    if (view.own) {
      for (const [key, doc] of view.own) {
        const [coll, id] = key.split('\u0000');
        if (coll === collection && doc && !chains.has(id)) out.push(doc);
      }
    }
    return out;
  }

  get(collection: string, id: string, view: View): Doc | null {
    const chain = this.chains(collection).get(id);
    if (view.own?.has(keyOf(collection, id))) return view.own.get(keyOf(collection, id)) ?? null;
    return chain ? this.visible(collection, id, chain, view) : null;
  }

  private visible(collection: string, id: string, chain: Version[], view: View): Doc | null {
    if (view.own?.has(keyOf(collection, id))) return view.own.get(keyOf(collection, id)) ?? null;
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      if (chain[i].seq <= view.seq) return chain[i].doc;
    }
    return null;
  }

  newId(): string {
    return randomBytes(16).toString('hex');
  }

  // ---- writing outside a transaction

  /** Applies the writes as one atomic step; resolves when they are durable. */
  commit(writes: Write[]): Promise<void> {
    if (writes.length === 0) return Promise.resolve();
    for (const write of writes) this.chains(write.collection);
    this.seq += 1;
    const seq = this.seq;
    const entries: JournalWrite[] = [];
    for (const write of writes) {
      entries.push(this.journalEntry(write));
      this.apply(write, seq);
    }
    this.pruneIfIdle();
    return this.journal.append({ s: seq, w: entries });
  }

  /**
   * How the journal records a write: as the update that made it from the version now committed (what MongoDB's
   * oplog records of an update) when it is known and was applied to that very version, else as the whole document.
   * A month's capacity bucket grows with every hold (one holder entry per application and night), and encoding it
   * whole in canonical EJSON at every hold was the local cloud's largest cost per write in `npm run bench stays`.
   */
  private journalEntry({ collection, id, doc }: Write): JournalWrite {
    const made = doc ? takeUpdate(doc) : undefined;
    const chain = this.collections.get(collection)?.get(id);
    const committed = chain ? chain[chain.length - 1].doc : null;
    if (made && committed && made.base === committed) return { c: collection, i: id, u: made.modifier };
    return { c: collection, i: id, d: doc };
  }

  private apply(write: Write, seq: number): void {
    const chains = this.chains(write.collection);
    const key = keyOf(write.collection, write.id);
    const chain = chains.get(write.id);
    if (this.transactions.size === 0 || !chain) {
      if (write.doc === null) chains.delete(write.id);
      else chains.set(write.id, [{ seq, doc: write.doc }]);
      this.indexes.set(write.collection, write.id, [write.doc]);
      return;
    }
    chain.push({ seq, doc: write.doc });
    this.historic.add(key);
    this.indexes.set(
      write.collection,
      write.id,
      chain.map((v) => v.doc),
    );
  }

  // ---- transactions (snapshot isolation, first writer wins)

  begin(): string {
    const id = this.newId();
    this.transactions.set(id, { id, startSeq: this.seq, writes: new Map(), lastUsed: Date.now() });
    return id;
  }

  private transaction(id: unknown): Transaction {
    const txn = typeof id === 'string' ? this.transactions.get(id) : undefined;
    if (!txn) {
      // A transaction that conflicted is already aborted (as in MongoDB); the SDK then starts a new one.
      throw new DbError(DB_ERROR.TRANSACTION_NOT_EXIST, 'transaction does not exist or has ended');
    }
    txn.lastUsed = Date.now();
    return txn;
  }

  viewOf(transactionId: unknown): View {
    const txn = this.transaction(transactionId);
    const own = new Map<string, Doc | null>();
    for (const [key, write] of txn.writes) own.set(key, write.doc);
    return { seq: txn.startSeq, own };
  }

  /** Stages writes in the transaction, or aborts it with a conflict if another writer got there first. */
  stage(transactionId: unknown, writes: Write[]): void {
    const txn = this.transaction(transactionId);
    for (const write of writes) {
      this.chains(write.collection);
      const key = keyOf(write.collection, write.id);
      const holder = this.locks.get(key);
      if ((holder && holder !== txn.id) || this.committedAfter(write, txn.startSeq)) {
        this.end(txn);
        throw new DbError(DB_ERROR.TRANSACTION_CONFLICT, 'write conflict: the document was changed by another writer');
      }
    }
    for (const write of writes) {
      const key = keyOf(write.collection, write.id);
      this.locks.set(key, txn.id);
      txn.writes.set(key, write);
    }
  }

  private committedAfter(write: Write, startSeq: number): boolean {
    const chain = this.collections.get(write.collection)?.get(write.id);
    return chain !== undefined && chain[chain.length - 1].seq > startSeq;
  }

  async commitTransaction(transactionId: unknown): Promise<void> {
    const txn = this.transaction(transactionId);
    const writes = [...txn.writes.values()];
    // A write outside any transaction may have touched the same document since it was staged.
    const conflicted = writes.some((write) => this.committedAfter(write, txn.startSeq));
    this.end(txn);
    if (conflicted) {
      throw new DbError(DB_ERROR.TRANSACTION_CONFLICT, 'write conflict: the document was changed by another writer');
    }
    await this.commit(writes);
  }

  abortTransaction(transactionId: unknown): void {
    this.end(this.transaction(transactionId));
  }

  private end(txn: Transaction): void {
    this.transactions.delete(txn.id);
    for (const key of txn.writes.keys()) if (this.locks.get(key) === txn.id) this.locks.delete(key);
    this.pruneIfIdle();
  }

  private abortIdleTransactions(): void {
    const cutoff = Date.now() - TRANSACTION_IDLE_MS;
    for (const txn of [...this.transactions.values()]) if (txn.lastUsed < cutoff) this.end(txn);
  }

  /** Drops versions no open transaction can see any more. */
  private pruneIfIdle(): void {
    if (this.historic.size === 0) return;
    let oldest = Infinity;
    for (const txn of this.transactions.values()) oldest = Math.min(oldest, txn.startSeq);
    for (const key of [...this.historic]) {
      const [collection, id] = key.split('\u0000');
      const chains = this.collections.get(collection);
      const chain = chains?.get(id);
      if (!chains || !chain) {
        this.historic.delete(key);
        continue;
      }
      let keepFrom = 0;
      for (let i = chain.length - 1; i >= 0; i -= 1) {
        if (chain[i].seq <= oldest) {
          keepFrom = i;
          break;
        }
      }
      const kept = chain.slice(keepFrom);
      if (kept.length === 1) {
        this.historic.delete(key);
        if (kept[0].doc === null) chains.delete(id);
        else chains.set(id, kept);
      } else {
        chains.set(id, kept);
      }
      if (kept.length !== chain.length)
        this.indexes.set(
          collection,
          id,
          kept.map((v) => v.doc),
        );
    }
  }
}

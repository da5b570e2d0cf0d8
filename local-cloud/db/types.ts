export type Doc = Record<string, unknown> & { _id: string };

/** One stored version of a document; `doc: null` marks a deletion kept for older snapshots. */
export interface Version {
  seq: number;
  doc: Doc | null;
}

/** A write as the journal and the store apply it: the whole new image (or null for a delete). */
export interface Write {
  collection: string;
  id: string;
  doc: Doc | null;
}

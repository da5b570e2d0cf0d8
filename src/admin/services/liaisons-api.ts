import type { InputOf } from '@core/api';
import { callFunction, type CallOptions, type Reply } from '@/services/api';

// Reply types come from the actions' output schemas in core (core/liaisons/api.ts), never from here.
export type TalentItem = Reply<'liaisons', 'myTalents'>['items'][number];
export type TalentRecord = Reply<'liaisons', 'viewTalent'>;
export type PairPage = Reply<'liaisons', 'pairs'>;
export type PairItem = PairPage['items'][number];
export type ImportReply = Reply<'liaisons', 'importPairs'>;
export type LiaisonFiguresView = Reply<'liaisons', 'figures'>;

/** 双结对: the liaison's (unit handler's) screens and the district admin's pairs and figures. */
export const liaisonsApi = {
  myTalents: () => callFunction('liaisons', 'myTalents', {}),
  /** Audited on the server (`liaisons.view`): call it only when the liaison opens the talent. */
  viewTalent: (talentId: string) => callFunction('liaisons', 'viewTalent', { talentId }),
  logVisit: (input: InputOf<'liaisons', 'logVisit'>, options: CallOptions) => callFunction('liaisons', 'logVisit', input, options),
  fileForTalent: (input: InputOf<'liaisons', 'fileForTalent'>, options: CallOptions) =>
    callFunction('liaisons', 'fileForTalent', input, options),
  pairs: (input: InputOf<'liaisons', 'pairs'>) => callFunction('liaisons', 'pairs', input),
  assign: (input: InputOf<'liaisons', 'assign'>) => callFunction('liaisons', 'assign', input),
  importPairs: (input: InputOf<'liaisons', 'importPairs'>) => callFunction('liaisons', 'importPairs', input),
  figures: (input: InputOf<'liaisons', 'figures'>) => callFunction('liaisons', 'figures', input, { loading: false }),
};

import { createMain } from '../_shared/handler';
import { askMyLiaison } from './actions/ask-my-liaison';
import { assign } from './actions/assign';
import { figures } from './actions/figures';
import { fileForTalent } from './actions/file-for-talent';
import { importPairs } from './actions/import-pairs';
import { logVisit } from './actions/log-visit';
import { myLiaison } from './actions/my-liaison';
import { myTalents } from './actions/my-talents';
import { pairs } from './actions/pairs';
import { viewTalent } from './actions/view-talent';

/** liaisons: 双结对 — the district pairs unit handlers (科长) with talents; liaisons look after theirs and log visits. */
export const main = createMain('liaisons', {
  assign,
  importPairs,
  pairs,
  myTalents,
  viewTalent,
  logVisit,
  fileForTalent,
  myLiaison,
  askMyLiaison,
  figures,
});

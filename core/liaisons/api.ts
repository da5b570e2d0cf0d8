import type { ContractTable } from '../contract/define-action';
import { figuresReply, filedReply, importReply, myLiaisonReply, myTalentsReply, pairsReply, talentRecord, visitView } from './replies';
import {
  askMyLiaisonInput,
  assignInput,
  figuresInput,
  fileForTalentInput,
  importPairsInput,
  logVisitInput,
  myLiaisonInput,
  myTalentsInput,
  pairsInput,
  viewTalentInput,
} from './schemas';

/** The `liaisons` function's actions (双结对): what each takes and what it answers (core/api.ts). */
export const liaisonsApi = {
  assign: { input: assignInput, output: importReply },
  importPairs: { input: importPairsInput, output: importReply },
  pairs: { input: pairsInput, output: pairsReply },
  myTalents: { input: myTalentsInput, output: myTalentsReply },
  viewTalent: { input: viewTalentInput, output: talentRecord },
  logVisit: { input: logVisitInput, output: visitView },
  fileForTalent: { input: fileForTalentInput, output: filedReply },
  myLiaison: { input: myLiaisonInput, output: myLiaisonReply },
  askMyLiaison: { input: askMyLiaisonInput, output: filedReply },
  figures: { input: figuresInput, output: figuresReply },
} satisfies ContractTable;

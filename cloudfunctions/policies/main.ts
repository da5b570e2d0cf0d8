import { createMain } from '../_shared/handler';
import { askAbout } from './actions/ask-about';
import { catalogue } from './actions/catalogue';
import { forMe } from './actions/for-me';
import { manage } from './actions/manage';
import { savePolicy } from './actions/save-policy';
import { withdrawPolicy } from './actions/withdraw-policy';

/** policies: the policy catalogue (政策直达) — the district admin edits it, everyone searches it and sees what fits them. */
export const main = createMain('policies', {
  savePolicy,
  withdrawPolicy,
  manage,
  catalogue,
  forMe,
  askAbout,
});

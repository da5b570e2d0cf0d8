import { join } from 'node:path';

// The launch lives in scripts/support/ (the admin benchmark drives the browser too, and scripts never import tests).
export { CHROMIUM_PATH, launchBrowser } from '../../../scripts/support/browser';

/** Screenshots for people to look at; never committed. */
export const SCREENSHOTS = join(__dirname, '..', 'screenshots');

/**
 * The app's one clock. Pages read "now" here (or take it as a prop that defaults to this), so a test can pin it
 * in one place and CI's runs under faketime move the whole app to the instant they set.
 */
export const now = (): Date => new Date();

// Every function run by a test (in this process or a local cloud it starts) checks its replies against the
// actions' output schemas (cloudfunctions/_shared/config.ts, `checkReplies`).
process.env.CHECK_REPLIES = '1';

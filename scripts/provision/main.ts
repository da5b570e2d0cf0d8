import { referenceData } from '../../cloudfunctions/_shared/reference-data';
import { formatProvisionPlan, formatStep, provisionPlan, provisionSteps, referenceSteps } from './plan';

/**
 * `npm run provision`: creates the collections and indexes of `cloudfunctions/_shared/collections.ts` that the
 * environment lacks, sets every collection's security rule to deny direct client access, and writes the reference
 * data (`_shared/reference-data.ts`: the request categories, the shipped calendars) where its ids are missing. Run
 * it again at any time; what exists is left alone. `npm run provision -- --dry-run` prints the plan and touches nothing.
 * Credentials from the environment: TCB_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY
 * (TENCENTCLOUD_SESSIONTOKEN with temporary keys).
 */
async function main(args: string[]): Promise<void> {
  const plan = provisionPlan();
  const reference = referenceData(new Date());
  if (args.includes('--dry-run')) {
    console.log(formatProvisionPlan(plan, reference));
    return;
  }
  const { TCB_ENV_ID: envId, TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey } = process.env;
  if (!envId || !secretId || !secretKey) {
    console.error('provision refused: set TCB_ENV_ID, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (`-- --dry-run` needs none)');
    process.exit(1);
  }
  // Loaded here, not at the top: manager-node is a devDependency of 36 MB that the dry run does not need.
  const { applyStep, connect, connectDatabase, readExistingIds, readLive } = await import('./cloudbase');
  const credentials = { envId, secretId, secretKey, token: process.env.TENCENTCLOUD_SESSIONTOKEN };
  const manager = await connect(credentials);
  const steps = provisionSteps(plan, await readLive(manager));
  for (const step of steps) {
    console.log(formatStep(step));
    await applyStep(manager, envId, step);
  }
  const changed = steps.filter((s) => s.kind !== 'keep' && s.kind !== 'setRule').length;
  // After the collections exist: the reference data goes into them.
  const db = await connectDatabase(credentials);
  const inserts = referenceSteps(reference, await readExistingIds(db, reference));
  for (const step of inserts) {
    console.log(formatStep(step));
    await applyStep(manager, envId, step, db);
  }
  const inserted = inserts.filter((s) => s.kind === 'insertDocument').length;
  console.log(
    `\nprovisioned ${envId}: ${plan.length} collections checked, ${changed} created (collections or index batches), rules set on all, ` +
      `${inserted} of ${reference.length} reference documents inserted`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});

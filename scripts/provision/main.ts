import { formatProvisionPlan, formatStep, provisionPlan, provisionSteps } from './plan';

/**
 * `npm run provision`: creates the collections and indexes of `cloudfunctions/_shared/collections.ts` that the
 * environment lacks, and sets every collection's security rule to deny direct client access. Run it again at any
 * time; what exists is left alone. `npm run provision -- --dry-run` prints the plan and touches nothing.
 * Credentials from the environment: TCB_ENV_ID, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY
 * (TENCENTCLOUD_SESSIONTOKEN with temporary keys).
 */
async function main(args: string[]): Promise<void> {
  const plan = provisionPlan();
  if (args.includes('--dry-run')) {
    console.log(formatProvisionPlan(plan));
    return;
  }
  const { TCB_ENV_ID: envId, TENCENTCLOUD_SECRETID: secretId, TENCENTCLOUD_SECRETKEY: secretKey } = process.env;
  if (!envId || !secretId || !secretKey) {
    console.error('provision refused: set TCB_ENV_ID, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY (`-- --dry-run` needs none)');
    process.exit(1);
  }
  // Loaded here, not at the top: manager-node is a devDependency of 36 MB that the dry run does not need.
  const { applyStep, connect, readLive } = await import('./cloudbase');
  const manager = await connect({ envId, secretId, secretKey, token: process.env.TENCENTCLOUD_SESSIONTOKEN });
  const steps = provisionSteps(plan, await readLive(manager));
  for (const step of steps) {
    console.log(formatStep(step));
    await applyStep(manager, envId, step);
  }
  const changed = steps.filter((s) => s.kind !== 'keep' && s.kind !== 'setRule').length;
  console.log(
    `\nprovisioned ${envId}: ${plan.length} collections checked, ${changed} created (collections or index batches), rules set on all`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});

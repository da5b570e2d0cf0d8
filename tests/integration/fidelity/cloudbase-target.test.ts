import { CLOUDBASE_VARS, openSdkTarget, realCloudBaseConfigured } from '../../support/sdk-target';

/**
 * Says in the run's own count whether this suite ran against a real CloudBase environment: without the three
 * variables the CloudBase run is skipped (and every fidelity file runs against the local cloud instead).
 */
const configured = realCloudBaseConfigured();
const missing = CLOUDBASE_VARS.filter((name) => !process.env[name]);

describe('fidelity against a real CloudBase environment', () => {
  (configured ? test : test.skip)(
    configured
      ? `reaches environment ${process.env.TCB_ENV_ID} with the given credentials`
      : `skipped: set ${missing.join(', ')} to run the fidelity suite against CloudBase`,
    async () => {
      const target = await openSdkTarget('cloudbase');
      try {
        const name = await target.freshCollection('reach');
        expect((await target.db.collection(name).count()).total).toBe(0);
      } finally {
        await target.close();
      }
    },
  );
});

/** Deployment settings, read in one place. Set them in cloudbaserc.json (CloudBase) or the environment (local). */
export interface FunctionConfig {
  /** Openids that become admin on their first sign-in: how the first admin of a new environment is named. */
  bootstrapAdmins: string[];
  /**
   * Key of the HMAC-SHA256 that turns an identity document number into the hash the "one free stay per person"
   * check compares (`ID_HASH_KEY`). Changing it forgets every earlier stay. The local default is for development
   * only; set a long random value in production.
   */
  idHashKey: string;
}

/** Development only: the local cloud and the tests use it when `ID_HASH_KEY` is not set. */
export const LOCAL_ID_HASH_KEY = 'local-dev-id-hash-key';

export function readConfig(env: NodeJS.ProcessEnv = process.env): FunctionConfig {
  return {
    bootstrapAdmins: (env.BOOTSTRAP_ADMIN_OPENIDS ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    idHashKey: env.ID_HASH_KEY || LOCAL_ID_HASH_KEY,
  };
}

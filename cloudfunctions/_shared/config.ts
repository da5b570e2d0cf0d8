/** Deployment settings, read in one place. Set them in cloudbaserc.json (CloudBase) or the environment (local). */
export interface FunctionConfig {
  /** Openids that become admin on their first sign-in: how the first admin of a new environment is named. */
  bootstrapAdmins: string[];
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): FunctionConfig {
  return {
    bootstrapAdmins: (env.BOOTSTRAP_ADMIN_OPENIDS ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  };
}

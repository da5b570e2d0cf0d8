/**
 * What the platform would put in a function's environment, pointed at the local cloud. `TENCENTCLOUD_RUNENV=SCF`
 * and dummy secrets stop the node-sdk from probing cloud metadata hosts; `TCB_CONTEXT_CNFG.URL` sends its
 * database calls to our `/admin`.
 */
export function localFunctionEnv(url: string): Record<string, string> {
  return {
    TENCENTCLOUD_RUNENV: 'SCF',
    SCF_NAMESPACE: 'local',
    TCB_ENV: 'local',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    TENCENTCLOUD_SECRETID: 'local-dev-secret-id',
    TENCENTCLOUD_SECRETKEY: 'local-dev-secret-key',
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${url}/admin` }),
  };
}

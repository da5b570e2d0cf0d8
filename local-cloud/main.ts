import { resolve } from 'node:path';
import { INDEXES } from '../cloudfunctions/_shared/collections';
import { localFunctionEnv } from './environment';
import { DEMO_PERSONAS } from './seed/demo-district';
import { provisionCollections, provisionReferenceData, seedDemoDistrict } from './seed';
import { startLocalCloud, type LocalCloud } from './server';

const ROOT = resolve(__dirname, '..');

export interface RunOptions {
  port?: number;
  dataDir?: string;
  quiet?: boolean;
}

/** Starts the local cloud with the project's folders, provisioned and (on a fresh data folder) seeded. */
export async function runLocalCloud(options: RunOptions = {}): Promise<LocalCloud> {
  const port = options.port ?? Number(process.env.PORT ?? 8787);
  const dataDir = resolve(options.dataDir ?? process.env.DATA_DIR ?? resolve(ROOT, '.local-cloud'));
  let seeded = false;
  const cloud = await startLocalCloud({
    port,
    dataDir,
    functionsDir: resolve(ROOT, 'cloudfunctions'),
    h5Dir: resolve(ROOT, 'dist/h5'),
    indexes: INDEXES,
    async prepare(store) {
      const created = await provisionCollections(store);
      await provisionReferenceData(store);
      if (created.includes('users')) {
        await seedDemoDistrict(store);
        seeded = true;
      }
    },
  });
  // The functions run in this process and reach the database through the SDK, exactly as on CloudBase.
  Object.assign(process.env, localFunctionEnv(cloud.url));
  if (!options.quiet) {
    const lines = [
      '',
      `  人才驿站 local cloud  ${cloud.url}`,
      '',
      `  app        ${cloud.url}/`,
      `  functions  POST ${cloud.url}/fn/<name>   (caller: X-Dev-OpenId header)`,
      `  database   POST ${cloud.url}/admin      (the node-sdk's own protocol)`,
      `  data       ${dataDir}${seeded ? '   (new: demo district seeded)' : ''}`,
      '',
      '  demo identities (X-Dev-OpenId, or the role switcher in the app):',
      ...DEMO_PERSONAS.map((p) => `    ${p.openId.padEnd(16)} ${p.label}`),
      '',
      `  try: curl -s -X POST ${cloud.url}/fn/account -H 'X-Dev-OpenId: demo-applicant' -H 'content-type: application/json' -d '{"action":"me"}'`,
      '',
    ];
    console.log(lines.join('\n'));
  }
  return cloud;
}

if (require.main === module) {
  runLocalCloud()
    .then((cloud) => {
      const stop = () => {
        cloud.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}

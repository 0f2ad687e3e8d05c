// `npm run central`: the municipality's central service, which every site's hub pushes to when it can.
import { BUILT_SCREENS_DIR } from '../builtScreens.ts';
import { CENTRAL_USAGE, parseCentralArgs } from './cli/centralArgs.ts';
import { startCentralService } from './centralService.ts';

let args;
try {
  args = parseCentralArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${CENTRAL_USAGE}`);
  process.exit(2);
}

try {
  const service = await startCentralService({ ...args, screensDir: BUILT_SCREENS_DIR, log: (line) => console.log(line) });
  console.log(`Lotsa central service listening on ${service.url} (data in ${args.dataDir}${args.databaseUrl ? ', database given by --database-url' : ', embedded PostgreSQL'})`);
  if (args.testApplyDelayMs > 0) console.log(`TEST ONLY: every push waits ${args.testApplyDelayMs} ms before it commits`);
  if (service.apiTokenGenerated) console.log(`API token (full rights, keep it secret): ${service.apiToken}`);
  if (service.setupCode) console.log(`No administrator exists yet. Setup code for the first one: ${service.setupCode} (open ${service.url}/central and enter it)`);
  console.log(`  central  ${service.url}/central`);
  const stop = () => {
    service.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`The Lotsa central service could not start: ${(error as Error).message}`);
  process.exit(1);
}

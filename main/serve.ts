// `npm run serve`: the hub headless, for servers, tests and automation.
import { parseServeArgs, SERVE_USAGE } from './cli/serveArgs.ts';
import { startHub } from './hub.ts';
import { BUILT_SCREENS_DIR } from './builtScreens.ts';
import { screenUrls, setupCodeLine } from './screenUrls.ts';

let args;
try {
  args = parseServeArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${SERVE_USAGE}`);
  process.exit(2);
}

try {
  const hub = await startHub({ ...args, screensDir: BUILT_SCREENS_DIR });
  console.log(`Lotsa hub listening on ${hub.url} (data in ${args.dataDir})`);
  if (hub.demoSeeded) {
    console.log(args.demoDays ? `New database: demo services, desks and ${args.demoDays} days of visits and ratings added.` : 'New database: demo services and desks added.');
  }
  if (hub.apiTokenGenerated) console.log(`API token (full rights, keep it secret): ${hub.apiToken}`);
  if (hub.setupCode) console.log(setupCodeLine(hub.setupCode));
  for (const [screen, url] of Object.entries(screenUrls(hub.url, hub.apiToken))) console.log(`  ${screen.padEnd(8)} ${url}`);
  const stop = () => {
    hub.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  console.error(`Lotsa could not start: ${(error as Error).message}`);
  process.exit(1);
}

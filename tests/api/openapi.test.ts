// /api/openapi.json as an integrator's tools meet it: Redocly's linter (recommended rules) finds no error in the
// served document, and TypeScript types generated from it by openapi-typescript type-check the example client in
// examples/, which then runs against the hub. (That every answer matches the document is checked in every API test,
// by tests/helpers/contract.ts; here, that every example in the document is one its schema accepts.)
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { startHub, type RunningHub } from '../helpers/hub.ts';
import { AnswerChecker } from '../helpers/contract.ts';
import { addDesk, addService } from '../helpers/centre.ts';

const root = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

describe('the OpenAPI document', () => {
  let hub: RunningHub;
  let dir: string;
  let document: Record<string, unknown>;
  before(async () => {
    hub = await startHub();
    dir = mkdtempSync(join(tmpdir(), 'lotsa-openapi-'));
    document = (await hub.api('GET', '/api/openapi.json')).body;
  });
  after(async () => {
    await hub?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('Redocly CLI lint with the recommended rules reports no errors, offline', async () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    // Telemetry and the update check off: the linter must not need the network (CI and centres are offline).
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
    const result = await run(join(root, 'node_modules', '.bin', 'redocly'), ['lint', file, '--extends=recommended', '--format=stylish'], { cwd: dir, env }).catch(
      (failure: { code: number; stdout: string; stderr: string }) => failure,
    );
    assert.equal('code' in result ? result.code : 0, 0, `redocly lint found errors:\n${result.stdout}\n${result.stderr}`);
    assert.match(result.stdout + result.stderr, /is valid|valid/i);
  });

  test('every request body with fields has an example, and every example is one its schema accepts', async () => {
    const checker = new AnswerChecker(document);
    assert.deepEqual(checker.exampleProblems(), []);
    type Media = { schema: { properties?: object }; example?: unknown };
    const withoutExample = Object.values(document.paths as Record<string, Record<string, { operationId: string; requestBody?: { content: Record<string, Media> } }>>)
      .flatMap((methods) => Object.values(methods))
      .filter(({ requestBody }) => {
        const media = requestBody?.content['application/json'];
        return media && Object.keys(media.schema.properties ?? {}).length > 0 && media.example === undefined;
      })
      .map(({ operationId }) => operationId);
    assert.deepEqual(withoutExample, [], 'every request body with fields has an example');
  });

  test('openapi-typescript types from it type-check the example client, which takes a ticket, calls it and reads the summary', async () => {
    // A .ts file, not .d.ts, so that skipLibCheck (which spares @types/node) still checks the generated types.
    writeFileSync(join(dir, 'lotsa-api.ts'), astToString(await openapiTS(document as unknown as OpenAPI3)));
    const client = join(dir, 'client.ts');
    copyFileSync(join(root, 'examples', 'ticket-client', 'client.ts'), client);
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
    const program = ts.createProgram([client], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts'],
      types: ['node'],
      typeRoots: [join(root, 'node_modules', '@types')],
    });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    assert.deepEqual(problems, []);

    const service = await addService(hub, 'Housing benefit', 'H');
    await addDesk(hub, 'Desk 1', [service.id]);
    const { stdout } = await run(process.execPath, ['--import', 'tsx', client], { cwd: root, env: { ...process.env, LOTSA_URL: hub.url, LOTSA_TOKEN: hub.token } });
    assert.match(stdout, /took H001 for Housing benefit: 0 ahead/);
    assert.match(stdout, /Desk 1 called H001/);
    assert.match(stdout, /today: 1 tickets, 0 served/);
  });
});

// The hub child process (main/hubProcess.ts) and its supervisor, for real: plain Node forks the child the way
// Electron's utilityProcess would, and a kill -9 is a real crash. What a user would notice: the hub answers at one
// address with one token, comes back at that same address after a crash with its data, and stops when asked.
import assert from 'node:assert/strict';
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createServer, type AddressInfo } from 'node:net';
import { test } from 'node:test';
import { superviseHub, type HubChild } from '../../main/electron/hubSupervisor.ts';
import type { HubStartOptions } from '../../main/hubProtocol.ts';
import { makeDataDir, removeDataDir } from '../helpers/dataDir.ts';

const root = join(import.meta.dirname, '..', '..');
const entry = join(root, 'main', 'hubProcess.ts');
const fastRestarts = { firstDelayMs: 50, maxDelayMs: 200, stableAfterMs: 60_000 };

/** child_process.fork shaped like Electron's UtilityProcess; keeps every process it made for the test to kill. */
function nodeForker() {
  const processes: ChildProcess[] = [];
  const forkHub = (): HubChild => {
    const child = fork(entry, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    processes.push(child);
    // A kill -9 leaves no exit code; the shell's side sees 1, as from any crash.
    const on = (event: 'message' | 'exit', listener: (value: any) => void) =>
      event === 'exit' ? child.on('exit', (code) => listener(code ?? 1)) : child.on('message', listener);
    return { postMessage: (message) => void child.send(message), on, kill: () => child.kill() };
  };
  return { forkHub, processes };
}

/** A fresh data folder and a forker for one test; every process it made is killed and the folder removed after. */
async function withHubProcesses(body: (fixture: ReturnType<typeof nodeForker> & { dataDir: string }) => Promise<void>): Promise<void> {
  const dataDir = makeDataDir();
  const forker = nodeForker();
  try {
    await body({ ...forker, dataDir });
  } finally {
    forker.processes.forEach((p) => p.kill('SIGKILL'));
    removeDataDir(dataDir);
  }
}

function options(dataDir: string): HubStartOptions {
  return { dataDir, screensDir: join(root, 'dist', 'screens'), port: 0, host: '127.0.0.1' };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

test('the hub answers with its address and token, and a stop closes it cleanly (exit 0)', { timeout: 30_000 }, async () => {
  await withHubProcesses(async ({ forkHub, processes, dataDir }) => {
    const hub = await superviseHub({ fork: forkHub, start: options(dataDir), log: () => {}, down: () => {}, up: () => {} });
    assert.match(hub.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.equal(hub.apiTokenGenerated, true);
    const services = await fetch(`${hub.url}/api/services`, { headers: { authorization: `Bearer ${hub.apiToken}` } });
    assert.equal(services.status, 200, 'the token the child reported is the one the hub accepts');
    await hub.close();
    assert.equal(await exited(processes[0]!), 0);
    assert.equal(await answers(hub.url), false);
  });
});

test('after a kill -9 the hub is started again at the same address with its data, and the shell is told', { timeout: 30_000 }, async () => {
  const events: string[] = [];
  let recovered!: () => void;
  const back = new Promise<void>((resolve) => (recovered = resolve));
  await withHubProcesses(async ({ forkHub, processes, dataDir }) => {
    const hub = await superviseHub({
      fork: forkHub,
      start: options(dataDir),
      log: () => {},
      down: (reason) => events.push(`down: ${reason}`),
      up: () => (events.push('up'), recovered()),
      policy: fastRestarts,
    });
    const auth = { authorization: `Bearer ${hub.apiToken}`, 'content-type': 'application/json' };
    const created = await fetch(`${hub.url}/api/services`, { method: 'POST', headers: auth, body: JSON.stringify({ name: 'Bygglov', prefix: 'B' }) });
    assert.equal(created.status, 201);

    processes[0]!.kill('SIGKILL');
    await back;
    assert.equal(processes.length, 2, 'one new process');
    assert.deepEqual(events, ['down: the hub process stopped with exit code 1', 'up']);
    const services = await (await fetch(`${hub.url}/api/services`, { headers: auth })).json();
    assert.deepEqual(services.map((s: { name: string }) => s.name), ['Bygglov'], 'same address, same token, same database');
    await hub.close();
    assert.equal(await exited(processes[1]!), 0);
  });
});

test('close() during the back-off cancels the restart', { timeout: 30_000 }, async () => {
  await withHubProcesses(async ({ forkHub, processes, dataDir }) => {
    let wentDown!: () => void;
    const down = new Promise<void>((resolve) => (wentDown = resolve));
    const hub = await superviseHub({
      fork: forkHub,
      start: options(dataDir),
      log: () => {},
      down: () => wentDown(),
      up: () => {},
      policy: { ...fastRestarts, firstDelayMs: 500 },
    });
    processes[0]!.kill('SIGKILL');
    await down;
    await hub.close();
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.equal(processes.length, 1, 'no hub started after close');
  });
});

test('a hub that cannot start rejects with its own reason and is not restarted', { timeout: 30_000 }, async () => {
  await withHubProcesses(async ({ forkHub, processes, dataDir }) => {
    // The port is taken by another program: the hub cannot listen, and says so.
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const start = { ...options(dataDir), port: (taken.address() as AddressInfo).port };
    try {
      await assert.rejects(
        superviseHub({ fork: forkHub, start, log: () => {}, down: () => {}, up: () => {}, policy: fastRestarts }),
        /EADDRINUSE/,
      );
    } finally {
      taken.close();
    }
    assert.equal(await exited(processes[0]!), 1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(processes.length, 1);
  });
});

test('the child forwards its log lines and ignores a message it does not understand', { timeout: 30_000 }, async () => {
  const dataDir = makeDataDir();
  const child = fork(entry, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const messages: Array<{ type: string; line?: string }> = [];
  try {
    const ready = new Promise<void>((resolve) =>
      child.on('message', (message: { type: string; line?: string }) => {
        messages.push(message);
        if (message.type === 'ready') resolve();
      }),
    );
    child.send({ type: 'launch-missiles' });
    child.send({ type: 'start', options: options(dataDir) });
    await ready;
    assert.ok(messages.some((m) => m.type === 'log' && /does not understand: \{"type":"launch-missiles"\}/.test(m.line ?? '')));
    child.send({ type: 'stop' });
    assert.equal(await exited(child), 0);
  } finally {
    child.kill('SIGKILL');
    removeDataDir(dataDir);
  }
});

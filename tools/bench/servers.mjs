// Builds the site if needed and starts the server the benchmark measures, `next start`, as the
// leader of its own process group, so stopping it stops everything it spawned (npx → next →
// next-server); every server started is remembered so the run can stop them all even when it
// fails or is interrupted.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const ROOT = new URL('../../', import.meta.url).pathname;
/** Same switch as next.config.mjs: lets a run use a build of its own beside the main one. */
export const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';

const log = (...args) => console.error('[bench]', ...args);

/** Every server still running, by process-group id. */
const running = new Map();
/** Set once the run is stopping its servers: from then on none is started (or restarted). */
let stopping = false;
export const isStopping = () => stopping;

/** Builds when there is no build (no BUILD_ID). Another engineer's build may collide: retry. */
export function ensureBuild() {
  if (existsSync(`${ROOT}${DIST_DIR}/BUILD_ID`)) return false;
  for (let attempt = 1; attempt <= 3; attempt++) {
    log(`no ${DIST_DIR}/BUILD_ID: npm run build (attempt ${attempt})`);
    // stdout to our stderr: the table is the only thing this run writes to stdout.
    const { status } = spawnSync('npm', ['run', 'build'], {
      cwd: ROOT,
      stdio: ['ignore', process.stderr, process.stderr],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_ALLOW_PLACEHOLDERS: '1' },
      timeout: 5 * 60_000,
    });
    if (status === 0 && existsSync(`${ROOT}${DIST_DIR}/BUILD_ID`)) return true;
  }
  throw new Error('next build failed three times');
}

/** True when nothing listens on the port on any interface (how `next start` without -H binds). */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port }, () => probe.close(() => resolve(true)));
  });
}

export async function freePort([from, to], taken = []) {
  for (let port = from; port <= to; port++) {
    if (!taken.includes(port) && (await isFree(port))) return port;
  }
  throw new Error(`no free port in ${from}-${to}`);
}

function start(name, command, args, env) {
  if (stopping) throw new Error(`not starting ${name}: the run is stopping`);
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { SITE_ALLOW_PLACEHOLDERS: '1', ...process.env, ...env },
    detached: true, // its own process group: kill(-pid) reaches its children too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Keep the tail of the output: shown only if the server fails to come up.
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const server = { name, child, pgid: child.pid, output: () => output, exited: false, exit: null };
  child.once('exit', (code, signal) => {
    server.exited = true;
    server.exit = signal ?? `exit code ${code}`;
  });
  running.set(server.pgid, server);
  return server;
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole group, then SIGKILL whatever is left after a few seconds. */
export async function stop(server) {
  if (!running.has(server.pgid)) return;
  try {
    process.kill(-server.pgid, 'SIGTERM');
  } catch {}
  for (let i = 0; i < 50 && groupAlive(server.pgid); i++) await sleep(100);
  if (groupAlive(server.pgid)) {
    log(`${server.name} did not stop on SIGTERM: SIGKILL`);
    try {
      process.kill(-server.pgid, 'SIGKILL');
    } catch {}
  }
  running.delete(server.pgid);
}

export async function stopAll() {
  stopping = true;
  await Promise.all([...running.values()].map(stop));
}

/** Last resort on process exit (synchronous): no group we started outlives the run. */
export function killAllNow() {
  stopping = true;
  for (const pgid of running.keys()) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {}
  }
  running.clear();
}

/** Waits until the URL answers at all (any status), or fails if the server dies or is slow. */
async function waitForHttp(server, url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exited) throw new Error(`${server.name} exited early:\n${server.output()}`);
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      return;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`${server.name} did not answer ${url} within ${timeoutMs / 1000} s:\n${server.output()}`);
}

/**
 * `next start` WITHOUT -H (see README: with it, next-intl's rewrites loop). It therefore listens
 * on every interface; the benchmark itself only ever talks to it over loopback.
 */
export async function startNext(port) {
  const server = start('next start', 'npx', ['next', 'start', '-p', String(port)], {
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: DIST_DIR,
  });
  await waitForHttp(server, `http://127.0.0.1:${port}/nb`);
  return server;
}

import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpsRequest, Agent } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { SERVERS } from '../servers';

/**
 * The site as a deployment runs it (README: Deployment): deploy/nginx.conf in front, with a
 * self-signed certificate, of two standalone servers of the main build, all on loopback. Ports
 * move with E2E_PORT_OFFSET like every other test server's.
 */
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const PORTS = { http: 3230 + offset, https: 3231 + offset, instances: [3232 + offset, 3233 + offset] as const };
export const EDGE = `https://127.0.0.1:${PORTS.https}`;
const ROOT = resolve(import.meta.dirname, '../..');
const NGINX = process.env.NGINX_PATH || '/usr/sbin/nginx';

export type Instance = { port: number; process: ChildProcess; log: string };

export class Edge {
  readonly dir = mkdtempSync(join(tmpdir(), 'qmth-edge-'));
  readonly instances: Instance[] = [];
  nginx?: ChildProcess;
  cert = '';
  private agent?: Agent;
  private app = '';
  private key = '';

  async start() {
    // The standalone layout the Dockerfile makes, from the build npm test made.
    const app = (this.app = execFileSync('node', [join(ROOT, 'scripts/edge/standalone-layout.mjs')], {
      encoding: 'utf8',
    }).trim());
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(this.dir, 'key.pem'),
        '-out',
        join(this.dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    this.cert = readFileSync(join(this.dir, 'cert.pem'), 'utf8');
    this.agent = new Agent({ ca: this.cert, keepAlive: true, maxSockets: 16 });
    // One key for both, as a deployment must set it (README), so either can answer the other's form.
    const key = (this.key = randomBytes(32).toString('base64'));
    for (const port of PORTS.instances) this.instances.push(this.startInstance(app, port, key));
    for (const kind of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(this.dir, 'tmp', kind), { recursive: true });
    mkdirSync(join(this.dir, 'cache'));
    execFileSync('node', [
      join(ROOT, 'scripts/edge/render-nginx.mjs'),
      this.dir,
      String(PORTS.http),
      String(PORTS.https),
      ...PORTS.instances.map(String),
    ]);
    for (const instance of this.instances) await waitFor(`http://127.0.0.1:${instance.port}/nb`, () => instance.log);
    this.nginx = spawn(
      NGINX,
      ['-c', join(this.dir, 'nginx.conf'), '-p', this.dir, '-e', join(this.dir, 'error.log'), '-g', 'daemon off;'],
      {
        stdio: 'ignore',
        detached: true,
      },
    );
    for (let i = 0; i < 50; i++) {
      if ((await this.get('/robots.txt').catch(() => null))?.status === 200) return;
      await new Promise((done) => setTimeout(done, 200));
    }
    throw new Error(`the edge did not start:\n${this.read('error.log')}`);
  }

  private startInstance(app: string, port: number, key: string): Instance {
    // HOSTNAME=localhost: loopback only. Not 127.0.0.1, which makes Next proxy its own rewrites
    // to "localhost" (the README's -H note); 0.0.0.0, the Dockerfile's, would be every interface.
    const child = spawn('node', ['server.js'], {
      cwd: app,
      detached: true,
      env: {
        ...process.env,
        PORT: String(port),
        HOSTNAME: 'localhost',
        NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key,
        SITE_TODAY: SERVERS.main.pretendToday ?? '',
        SITE_ALLOW_PRETEND_TODAY: '1',
        SITE_ALLOW_PLACEHOLDERS: '1',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    const instance: Instance = { port, process: child, log: '' };
    child.stdout!.on('data', (chunk) => (instance.log += chunk));
    child.stderr!.on('data', (chunk) => (instance.log += chunk));
    return instance;
  }

  /** A killed instance started again on its port, with the same key; resolves when it answers. */
  async restart(index: number) {
    const instance = this.startInstance(this.app, PORTS.instances[index], this.key);
    this.instances[index] = instance;
    await waitFor(`http://127.0.0.1:${instance.port}/nb`, () => instance.log);
  }

  stop() {
    this.agent?.destroy();
    for (const child of [this.nginx, ...this.instances.map((instance) => instance.process)]) {
      if (child?.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGTERM');
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  read(file: string) {
    try {
      return readFileSync(join(this.dir, file), 'utf8');
    } catch {
      return '';
    }
  }

  /** The instance port that answered a request, from the edge's access log (by X-Request-Id). */
  async upstreamOf(requestId: string): Promise<number | null> {
    for (let i = 0; i < 20; i++) {
      const line = this.read('access.log')
        .split('\n')
        .find((entry) => entry.includes(` ${requestId} `));
      if (line) return Number(line.match(/upstream=127\.0\.0\.1:(\d+)/)?.[1] ?? 0) || null;
      await new Promise((done) => setTimeout(done, 50));
    }
    return null;
  }

  /** One HTTPS request to the edge, trusting the test's certificate and nothing else. */
  get(path: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}) {
    return new Promise<{ status: number; headers: Record<string, string>; body: string }>((done, fail) => {
      const request = httpsRequest(
        `${EDGE}${path}`,
        { method: options.method ?? 'GET', headers: options.headers, agent: this.agent, timeout: 10_000 },
        (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () =>
            done({ status: response.statusCode!, headers: response.headers as Record<string, string>, body }),
          );
          // A response cut after its headers (an instance that died mid-stream): the edge's id for it.
          response.on('error', (error) => fail(Object.assign(error, { requestId: response.headers['x-request-id'] })));
        },
      );
      request.on('timeout', () => request.destroy(new Error(`timeout: ${path}`)));
      request.on('error', fail);
      request.end(options.body);
    });
  }

  /** A request written on a TLS socket as given (what no HTTP client sends: OPTIONS *, absolute URLs). */
  raw(text: string) {
    return new Promise<string>((done, fail) => {
      let answer = '';
      // Written without closing our side: nginx takes a client's half-close while it waits for
      // an instance as the client going away (499). Each request says Connection: close.
      const socket = tlsConnect({ host: '127.0.0.1', port: PORTS.https, ca: this.cert }, () => socket.write(text));
      socket.on('data', (chunk) => (answer += chunk));
      socket.on('end', () => {
        socket.end();
        done(answer);
      });
      socket.on('error', fail);
    });
  }
}

async function waitFor(url: string, log: () => string) {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`${url} did not start:\n${log()}`);
}

/** Resident memory of a process, in MB. */
export function memoryMB(pid: number) {
  return Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
}

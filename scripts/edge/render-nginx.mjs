// deploy/nginx.conf with the lines a loopback test run must change, and nothing else: ports,
// file paths, the host name, the user. Each line is named exactly, and a line that is no longer
// in the file fails the rendering, so the test always runs the file a deployment uses.
//   node scripts/edge/render-nginx.mjs <dir> <httpPort> <httpsPort> <upstreamPort> <upstreamPort>
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';

export const SHIPPED = new URL('../../deploy/nginx.conf', import.meta.url);

/** Every [line as shipped, line for the test]; `dir` holds the test's certificate, logs and cache. */
function replacements({ dir, httpPort, httpsPort, upstreamPorts: [first, second] }) {
  return [
    ['user www-data;', `user ${userInfo().username};`],
    ['pid /run/nginx-qmth.pid;', `pid ${join(dir, 'nginx.pid')};`],
    ['error_log /var/log/nginx/qmth-error.log alert;', `error_log ${join(dir, 'error.log')} alert;`],
    ['access_log /var/log/nginx/qmth-access.log qmth;', `access_log ${join(dir, 'access.log')} qmth;`],
    ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => [
      `${kind === 'body' ? 'client_body' : kind}_temp_path /var/lib/nginx/${kind};`,
      `${kind === 'body' ? 'client_body' : kind}_temp_path ${join(dir, 'tmp', kind)};`,
    ]),
    ['server 127.0.0.1:3000 ', `server 127.0.0.1:${first} `],
    ['server 127.0.0.1:3001 ', `server 127.0.0.1:${second} `],
    ['proxy_cache_path /var/cache/nginx/qmth ', `proxy_cache_path ${join(dir, 'cache')} `],
    ['listen 80 default_server;', `listen 127.0.0.1:${httpPort} default_server;`],
    ['listen 443 ssl http2 default_server;', `listen 127.0.0.1:${httpsPort} ssl http2 default_server;`],
    ['return 301 https://qmth.example.no$request_uri;', `return 301 https://qmth.example.no:${httpsPort}$request_uri;`],
    [
      'error_page 497 =301 https://qmth.example.no$request_uri;',
      `error_page 497 =301 https://qmth.example.no:${httpsPort}$request_uri;`,
    ],
    // The public name with the test's port: what a browser sends as Origin there.
    ['proxy_set_header X-Forwarded-Host qmth.example.no;', `proxy_set_header X-Forwarded-Host qmth.example.no:${httpsPort};`],
    ['ssl_certificate /etc/ssl/qmth/fullchain.pem;', `ssl_certificate ${join(dir, 'cert.pem')};`],
    ['ssl_certificate_key /etc/ssl/qmth/privkey.pem;', `ssl_certificate_key ${join(dir, 'key.pem')};`],
  ];
}

/** The test's configuration; the public name becomes 127.0.0.1 (loopback only). */
export function renderNginxConfig(options) {
  let text = readFileSync(SHIPPED, 'utf8');
  for (const [shipped, test] of replacements(options)) {
    if (text.split(shipped).length !== 2) throw new Error(`deploy/nginx.conf must hold "${shipped}" exactly once`);
    text = text.replace(shipped, test);
  }
  return text.replaceAll('qmth.example.no', '127.0.0.1');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, httpPort, httpsPort, first, second] = process.argv.slice(2);
  const file = join(dir, 'nginx.conf');
  writeFileSync(file, renderNginxConfig({ dir, httpPort, httpsPort, upstreamPorts: [first, second] }));
  console.log(file);
}

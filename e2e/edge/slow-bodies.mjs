// One address trying to hold the edge's connections with bodies that trickle in (the review's N1):
// from `from`, GETs and POSTs that announce a 200 kB body and send a byte every 2 s (inside the
// edge's 5 s stall limit), re-opened as the edge closes them: up to `held` at a time and `total` in
// all, for `ms`; then everything is closed and the figures printed as JSON. Its own process, so
// that its TLS handshakes do not slow the test's probes. Loopback only, bounded in count and time.
//   node e2e/edge/slow-bodies.mjs <port> <from> <path> <held> <total> <ms>
import { connect as netConnect } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

const [port, from, path, held, total, ms] = process.argv.slice(2);
if (!/^127\./.test(from)) throw new Error('loopback addresses only');
const open = new Set();
const answered = {};
let opened = 0;
let peak = 0;
let running = true;

function attack() {
  if (!running || opened >= Number(total)) return;
  opened++;
  const method = opened % 2 ? 'GET' : 'POST';
  const socket = tlsConnect({
    socket: netConnect({ host: '127.0.0.1', port: Number(port), localAddress: from }),
    rejectUnauthorized: false,
  });
  socket.on('secureConnect', () =>
    socket.write(
      `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: https://127.0.0.1:${port}\r\n` +
        'Content-Type: text/plain\r\nContent-Length: 200000\r\n\r\na',
    ),
  );
  socket.once('data', (chunk) => {
    const status = String(chunk).slice(9, 12);
    answered[status] = (answered[status] ?? 0) + 1;
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    open.delete(socket);
    attack();
  });
  open.add(socket);
  peak = Math.max(peak, open.size);
}

const trickle = setInterval(() => {
  for (const socket of open) if (socket.writable) socket.write('a');
}, 2_000);
const fill = setInterval(() => {
  for (let i = 0; i < 200 && open.size < Number(held); i++) attack();
}, 20);
setTimeout(() => {
  running = false;
  clearInterval(trickle);
  clearInterval(fill);
  const stillOpen = open.size;
  for (const socket of open) socket.destroy();
  console.log(JSON.stringify({ opened, peak, stillOpen, answered }));
  process.exit(0);
}, Number(ms));

// Load tests: a fixed number of connections for a fixed time against one URL, with autocannon
// in this process. Bounded: each test ends after its duration whatever the server does.
import autocannon from 'autocannon';
import { LOAD } from './config.mjs';

const log = (...args) => console.error('[bench]', ...args);

function run(url, durationSeconds) {
  return autocannon({
    url,
    connections: LOAD.connections,
    duration: durationSeconds,
    headers: LOAD.headers,
    timeout: 10, // seconds; a request slower than this counts as an error
  });
}

/**
 * `expectStatus`: the status every answer should have; by default any 2xx (the not-found page,
 * measured for comparison, answers 404 by design).
 */
export async function loadTest(name, url, expectStatus = null) {
  await run(url, LOAD.warmupSeconds);
  const result = await run(url, LOAD.durationSeconds);
  const figures = {
    url,
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    // autocannon counts timeouts among its errors; non-2xx are answers but not the page.
    non2xx: result.non2xx,
    socketErrors: result.errors,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
  const wrongStatus = expectStatus ? figures.requests - (figures.statusCodes[expectStatus] ?? 0) : figures.non2xx;
  figures.errors = wrongStatus + figures.socketErrors;
  log(
    `load ${name}: ${figures.rps.toFixed(0)} req/s, p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, ` +
      `${figures.requests} requests, ${figures.non2xx} non-2xx, ${figures.socketErrors} socket errors`,
  );
  return figures;
}

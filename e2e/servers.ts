import { todayIn, type IsoDate } from '../lib/calendar-date';
import config from './servers.json' with { type: 'json' };

// E2E_PORT_OFFSET moves every test server, so that two checkouts on one machine can run their
// end-to-end tests at the same time without answering each other's requests.
const offset = Number(process.env.E2E_PORT_OFFSET ?? 0);

/** The real today in Oslo, read once: the main server's day, so that no test restates a date. */
const realToday = todayIn('Europe/Oslo', new Date());

/**
 * `today` is the day the server takes for today; `pretendToday` is what it is told through
 * SITE_TODAY: nothing for the main server, which runs on the real day and shows no preview sign.
 */
type Server = { port: number; distDir: string; today: IsoDate; pretendToday: IsoDate | undefined };

/** The servers the end-to-end tests run against (see servers.json for why there are three). */
export const SERVERS = Object.fromEntries(
  Object.entries(config.servers).map(([name, server]) => [
    name,
    {
      ...server,
      port: server.port + offset,
      today: 'today' in server ? (server.today as IsoDate) : realToday,
      pretendToday: 'today' in server ? (server.today as IsoDate) : undefined,
    },
  ]),
) as Record<keyof typeof config.servers, Server>;
export type ServerName = keyof typeof SERVERS;

export const baseUrl = (name: ServerName) => `http://127.0.0.1:${SERVERS[name].port}`;

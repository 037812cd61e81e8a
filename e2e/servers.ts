import config from './servers.json' with { type: 'json' };

/** The servers the end-to-end tests run against (see servers.json for why there are three). */
export const SERVERS = config.servers;
export type ServerName = keyof typeof SERVERS;

export const baseUrl = (name: ServerName) => `http://127.0.0.1:${SERVERS[name].port}`;

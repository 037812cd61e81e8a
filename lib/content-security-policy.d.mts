/** What a page's scripts may run by: a prerendered page's own inline scripts by hash, or a nonce. */
export type ScriptAllowance = { hashes: readonly string[] } | { nonce: string };

export function contentSecurityPolicy(scripts: ScriptAllowance): string;

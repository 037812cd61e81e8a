type Paths = { publicPath: string; appPath: string };
type Manifest = Record<string, string[] | null>;
type Condition = { type: 'query' | 'header'; key: string };

export const PROXY_FREE_PAGES: string[];
export const LIVE_QUERY: string;
export const LOCALES: string[];
export function pagePaths(locale: string, page: string): Paths;
export function proxyFreePages(): Paths[];
export function staticPageManifest(hashesByAppPath: Record<string, string[]>): Manifest;
export function staticPageRoutes(manifest?: Manifest): {
  headers: { source: string; headers: { key: string; value: string }[] }[];
  rewrites: { source: string; destination: string }[];
  redirects: { source: string; missing: Condition[]; destination: string; permanent: false }[];
};

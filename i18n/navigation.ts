import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

// Plain <a> elements are enough for this site (every page is a full document that works without
// JavaScript), so only getPathname is used to turn a page and a locale into its public path.
export const { getPathname } = createNavigation(routing);

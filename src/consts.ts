/** Site-wide constants. */
import type { Lang } from './schemas/common.ts';

/** The languages in the order the language switch offers them; French is the default. */
export const DEFAULT_LANG: Lang = 'fr';

/** The content licence, stated on every page and in every download. */
export const LICENCE = {
	name: 'CC BY 4.0',
	url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * The project's source repository: readers' corrections open a new issue there, prefilled with the
 * page's address and version (src/lib/report.ts), and CITATION.cff names it (`repository-code`).
 * A placeholder until the repository is published: set the real one here, the only place it is written.
 */
export const REPOSITORY_URL = 'https://github.com/OWNER/REPO';

/** The paths of the language-scoped pages, for `getStaticPaths`. */
export const langPaths = () => [{ params: { lang: 'fr' } }, { params: { lang: 'en' } }];

/** The small part of citation-js that ORCA uses at build time (the packages ship no types). */
declare module '@citation-js/core' {
	interface Register {
		add(name: string, value: unknown): void;
		has(name: string): boolean;
		get(name: string): string | undefined;
	}
	export class Cite {
		constructor(data: unknown, options?: { forceType?: string });
		data: Array<Record<string, unknown>>;
		format(format: 'bibliography', options: Record<string, unknown>): string | Array<[string, string]>;
		format(format: 'bibtex' | 'biblatex' | 'ris' | 'data', options?: Record<string, unknown>): string;
	}
	export const plugins: {
		config: { get(name: '@csl'): { styles: Register; locales: Register } };
	};
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';

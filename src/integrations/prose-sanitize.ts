/**
 * Raw HTML in Markdown prose is untrusted (readers send corrections and cases): every Markdown render
 * goes through `hast-util-sanitize` (the engine of rehype-sanitize) with the allow-list below, run as a
 * Sätteri hast plugin (`astro.config.mjs`, `markdown.processor`). Astro 7's Markdown pipeline is
 * Sätteri, which takes hast plugins but not rehype plugins; `markdown.rehypePlugins` would mean
 * swapping the whole pipeline for unified.
 */
import { satteri, type SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import type { Element, Root, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';

/** Prefix of ids and names that come from content, so they cannot clobber the page's own (DOM clobbering). */
export const CLOBBER_PREFIX = 'user-content-';
const CLOBBERED = ['id', 'name', 'ariaDescribedBy', 'ariaLabelledBy'];

/** An image source inside the site: a root-relative or `./`, `../` path (never `//host` or `/\host`). */
const LOCAL_SRC = /^(?:\/(?![/\\])|\.\.?\/)[^\\]*$/;

/**
 * GitHub's allow-list (hast-util-sanitize's default) minus what prose never needs: form controls
 * (`input`), `picture`/`source` (their `srcset` loads any URL) and remote images (`img` keeps only a
 * local `src`). Elements not listed are unwrapped (their text kept), except those in `strip`, which
 * go with their content. No `style`, no `on*` attribute, `href` only http(s) and mailto.
 */
export const proseSchema: Schema = {
	...defaultSchema,
	tagNames: defaultSchema.tagNames!.filter((name) => !['input', 'picture', 'source'].includes(name)),
	attributes: {
		...defaultSchema.attributes,
		img: [...defaultSchema.attributes!.img!.filter((a) => a !== 'src'), ['src', LOCAL_SRC]],
		input: [],
	},
	required: {},
	protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'], cite: ['http', 'https'] },
	strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'textarea', 'select', 'title', 'svg', 'math'],
	// Done by `prefixIds` below, which leaves ids the Markdown pipeline already prefixed (footnotes).
	clobber: [],
};

/** Prefixes every id-like property of `node` and its descendants that does not carry the prefix yet. */
function prefixIds(node: Root | RootContent): void {
	if (node.type === 'element') {
		const properties = (node as Element).properties;
		for (const key of CLOBBERED) {
			const value = properties[key];
			const prefix = (v: string | number | boolean) => (String(v).startsWith(CLOBBER_PREFIX) ? v : `${CLOBBER_PREFIX}${v}`);
			if (Array.isArray(value)) properties[key] = value.map(prefix) as string[];
			else if (typeof value === 'string') properties[key] = String(prefix(value));
		}
	}
	if ('children' in node) for (const child of node.children) prefixIds(child);
}

/** Sanitises a prose tree with `proseSchema` (a new tree; the input is not changed). */
export function sanitizeProse(tree: Root): Root {
	const safe = sanitize(tree, proseSchema) as Root;
	prefixIds(safe);
	return safe;
}

type HastPlugin = NonNullable<SatteriProcessorOptions['hastPlugins']>[number];

/** The Sätteri hast plugin: replaces each document's tree by its sanitised copy, before headings get ids. */
export const sanitizeProsePlugin: HastPlugin = {
	name: 'orca-sanitize-prose',
	after(root, ctx) {
		ctx.replaceNode(root, sanitizeProse(root as Root) as never);
	},
};

/**
 * The Markdown processor of the site (`markdown.processor` in astro.config.mjs): Astro's default Sätteri
 * pipeline with raw HTML parsed into elements, so that the sanitiser keeps what is harmless.
 */
export function proseProcessor() {
	return satteri({ features: { rawHtml: true }, hastPlugins: [sanitizeProsePlugin] });
}

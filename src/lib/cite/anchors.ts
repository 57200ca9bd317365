/**
 * Stable anchors in rendered prose: every heading, paragraph and figure gets an id derived from its
 * own text (a heading keeps the slug the Markdown pipeline gave it), so that editing one paragraph
 * never moves the anchors of the others, plus a "copy link" control. A string transform of the
 * rendered HTML, because the Markdown pipeline (Sätteri) takes no rehype plugins.
 */
import { sha256Hex } from '../hash.ts';

/** Labels of the link controls, per kind of element. */
export interface AnchorLabels {
	heading: string;
	paragraph: string;
	figure: string;
}

/** Visible text of an HTML fragment: tags dropped, entities for spaces decoded, whitespace collapsed. */
export function textOf(html: string): string {
	return html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** `p-` plus six hex digits of the SHA-256 of the paragraph's normalised text. */
export function paragraphId(text: string, prefix = 'p'): string {
	const normal = text.normalize('NFC').toLowerCase();
	return `${prefix}-${sha256Hex(normal, 6)}`;
}

/** Adds `anchored` to the class attribute of an attribute string, or adds the attribute. */
function anchored(attrs: string): string {
	return /\sclass="/.test(attrs) ? attrs.replace(/\sclass="([^"]*)"/, ' class="$1 anchored"') : `${attrs} class="anchored"`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

function link(id: string, label: string): string {
	return `<a class="anchor-link" href="#${escapeAttr(id)}" aria-label="${escapeAttr(label)}" data-pagefind-ignore>#</a>`;
}

/** Adds ids and "copy link" controls to the headings (h2–h4), paragraphs and figures of `html`. */
export function addAnchors(html: string, labels: AnchorLabels): string {
	const used = new Set<string>();
	for (const m of html.matchAll(/\sid="([^"]+)"/g)) used.add(m[1]!);
	const unique = (id: string) => {
		let candidate = id;
		for (let n = 2; used.has(candidate); n++) candidate = `${id}-${n}`;
		used.add(candidate);
		return candidate;
	};
	const idOf = (attrs: string) => /\sid="([^"]+)"/.exec(attrs)?.[1];

	return html
		.replace(/<(h[2-4])(\s[^>]*)?>([\s\S]*?)<\/\1>/g, (_all, tag: string, attrs = '', inner: string) => {
			let id = idOf(attrs);
			if (!id) {
				id = unique(paragraphId(textOf(inner), 'h'));
				attrs += ` id="${id}"`;
			}
			const label = `${labels.heading} ${textOf(inner)}`;
			return `<${tag}${anchored(attrs)}>${inner} ${link(id, label)}</${tag}>`;
		})
		.replace(/<p(\s[^>]*)?>([\s\S]*?)<\/p>/g, (all, attrs = '', inner: string) => {
			const text = textOf(inner);
			if (!text) return all;
			const id = idOf(attrs) ?? unique(paragraphId(text));
			const withId = idOf(attrs) ? attrs : `${attrs} id="${id}"`;
			return `<p${anchored(withId)}>${inner} ${link(id, labels.paragraph)}</p>`;
		})
		.replace(/<figure(\s[^>]*)?>([\s\S]*?)<\/figure>/g, (_all, attrs = '', inner: string) => {
			const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(inner)?.[1] ?? inner;
			const id = idOf(attrs) ?? unique(paragraphId(textOf(caption), 'fig'));
			const withId = idOf(attrs) ? attrs : `${attrs} id="${id}"`;
			return `<figure${anchored(withId)}>${inner}${link(id, labels.figure)}</figure>`;
		});
}

import { frameLayout, type FrameText, type LegendEntry } from '../../lib/charts/export-frame.ts';
import { MEDIA_TYPES } from '../../lib/media-types.ts';

/**
 * Client helpers shared by the chart and map elements: downloads made in the browser (SVG with
 * resolved colours and a source line, PNG drawn from it, CSV), copy-to-clipboard buttons, and
 * drawing on resize.
 */

/** Saves `content` as a file named `name`. */
export function download(name: string, content: Blob): void {
	const url = URL.createObjectURL(content);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const PAINT = ['fill', 'stroke', 'font-family', 'font-size', 'font-weight', 'opacity', 'stroke-width', 'text-anchor'];

/** What a downloaded chart carries around its drawing (see export-frame.ts). */
export type ExportText = FrameText;

/**
 * A standalone copy of a drawn SVG: computed styles inlined, a background, and a frame with the
 * chart's title and legend above it and its source, licence and URL below. Returns the text and size.
 */
export function standaloneSvg(svg: SVGSVGElement, text: ExportText): { svg: string; width: number; height: number } {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((el, i) => {
		const style = getComputedStyle(el);
		const copy = copies[i] as SVGElement;
		copy.removeAttribute('class');
		// CSS variables mean nothing outside the page: the computed colours replace them.
		for (const name of ['fill', 'stroke', 'marker-end']) if (copy.getAttribute(name)?.includes('var(')) copy.removeAttribute(name);
		if (copy.tagName === 'title') return;
		copy.setAttribute('style', PAINT.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
	});
	const width = Number(svg.getAttribute('width'));
	const height = Number(svg.getAttribute('height'));
	const frame = frameLayout(width, height, text);
	const ns = 'http://www.w3.org/2000/svg';
	const body = getComputedStyle(document.body);
	const font = body.fontFamily;
	const el = (name: string, attrs: Record<string, string | number>, content?: string) => {
		const node = document.createElementNS(ns, name);
		for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
		if (content !== undefined) node.textContent = content;
		return node;
	};
	// The drawing moves down under the title and legend, inside an svg of its own size.
	const drawing = el('svg', { x: 0, y: frame.top, width, height, viewBox: clone.getAttribute('viewBox') ?? `0 0 ${width} ${height}` });
	drawing.append(...clone.childNodes);
	const out = el('svg', { xmlns: ns, width, height: frame.height, viewBox: `0 0 ${width} ${frame.height}` });
	for (const name of ['role', 'aria-label']) if (clone.getAttribute(name)) out.setAttribute(name, clone.getAttribute(name)!);
	out.append(el('rect', { width: '100%', height: '100%', fill: body.backgroundColor }));
	out.append(el('title', {}, text.title));
	for (const line of frame.title)
		out.append(el('text', { x: 12, y: line.y, style: `font:700 15px ${font};fill:${body.color}` }, line.text));
	for (const entry of frame.legend) {
		out.append(el('rect', { x: entry.x, y: entry.y, width: 12, height: 12, rx: 2, fill: entry.color }));
		out.append(el('text', { x: entry.x + 18, y: entry.y + 10, style: `font:11px ${font};fill:${body.color}` }, entry.label));
	}
	out.append(drawing);
	for (const line of frame.footer) out.append(el('text', { x: 12, y: line.y, style: `font:11px ${font};fill:${body.color}` }, line.text));
	return { svg: new XMLSerializer().serializeToString(out), width, height: frame.height };
}

/** A colour as a file outside the page can use: `var(--reshoring)` becomes the value it has on `el`. */
export function resolveColor(el: Element, color: string): string {
	const variable = /^var\((--[\w-]+)\)$/.exec(color.trim());
	return variable ? getComputedStyle(el).getPropertyValue(variable[1]!).trim() || color : color;
}

/**
 * A PNG of an SVG document at twice its size. The SVG is loaded as a `data:` URL: the
 * Content-Security-Policy allows images from the site and `data:` only (`img-src 'self' data:`).
 */
export async function svgToPng(svgText: string, width: number, height: number): Promise<Blob> {
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = width * 2;
	canvas.height = height * 2;
	const context = canvas.getContext('2d')!;
	context.scale(2, 2);
	context.drawImage(image, 0, 0, width, height);
	return await new Promise<Blob>((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'),
	);
}

/**
 * Wires the download and copy buttons inside `root` and shows them. A downloaded SVG or PNG carries
 * the title, source line, licence and URL that FigureTools.astro puts on its tools (`data-export-*`),
 * the `legend` the chart draws, and `credit` (e.g. the base map's source).
 */
export function wireTools(
	root: HTMLElement,
	options: { name: string; svg: () => SVGSVGElement | null; csv: string; credit?: string; legend?: () => readonly LegendEntry[] },
): void {
	const tools = root.querySelector<HTMLElement>('[data-tools]');
	if (tools) tools.hidden = false;
	const exportText = (): ExportText => {
		const d = tools?.dataset ?? {};
		return {
			title: d.exportTitle ?? '',
			legend: options.legend?.() ?? [],
			footer: [d.exportSource, options.credit, d.exportLicence, d.exportUrl].filter((line): line is string => Boolean(line)),
		};
	};
	root.querySelectorAll<HTMLButtonElement>('[data-download]').forEach((button) =>
		button.addEventListener('click', async () => {
			const kind = button.dataset.download;
			if (kind === 'csv') return download(`${options.name}.csv`, new Blob([options.csv], { type: MEDIA_TYPES.csv }));
			const svg = options.svg();
			if (!svg) return;
			const file = standaloneSvg(svg, exportText());
			if (kind === 'svg') return download(`${options.name}.svg`, new Blob([file.svg], { type: 'image/svg+xml' }));
			download(`${options.name}.png`, await svgToPng(file.svg, file.width, file.height));
		}),
	);
	root.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) =>
		button.addEventListener('click', async () => {
			const value =
				button.dataset.copy === 'link' ? new URL(`#${root.closest('[id]')?.id ?? ''}`, location.href).href : (button.dataset.text ?? '');
			const status = root.querySelector<HTMLElement>('[data-copy-status]');
			try {
				await navigator.clipboard.writeText(value);
				if (status) status.textContent = button.dataset.done ?? '';
			} catch {
				if (status) status.textContent = value;
			}
		}),
	);
}

/**
 * Calls `draw` whenever `el` changes size (and once at first), in a task of its own: resize
 * observations arrive in one batch for the whole page, so the page's figures are drawn one task
 * each instead of blocking the main thread for all of them at once.
 */
export function onResize(el: Element, draw: () => void): void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	new ResizeObserver(() => {
		clearTimeout(timer);
		timer = setTimeout(draw);
	}).observe(el);
}

const payloads = new Map<string, Promise<Record<string, unknown>>>();

/**
 * The data a figure element draws, read from the page's figures data file (`data-src`, fetched
 * once for every figure of the page) under the id of the element's `<figure>`. When the file
 * cannot be read, `message` gets the element's `data-error` (the table below stays) and the
 * result is undefined.
 */
export async function figurePayload<T>(el: HTMLElement, message: HTMLElement | null): Promise<T | undefined> {
	const url = el.dataset.src!;
	let all = payloads.get(url);
	if (!all) {
		all = fetch(url).then((r) => {
			if (!r.ok) throw new Error(`${url} answered ${r.status}`);
			return r.json() as Promise<Record<string, unknown>>;
		});
		payloads.set(url, all);
	}
	const id = el.closest('figure')!.id;
	try {
		const payload = (await all)[id];
		if (payload === undefined) throw new Error(`${url} has no figure "${id}"`);
		return payload as T;
	} catch (error) {
		if (message) {
			const p = document.createElement('p');
			p.className = 'status-line';
			p.textContent = el.dataset.error ?? '';
			message.replaceChildren(p);
		}
		console.error(error);
		return undefined;
	}
}

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

/** A standalone copy of a drawn SVG: computed styles inlined, a background and a source line added. */
export function standaloneSvg(svg: SVGSVGElement, credit: string): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((el, i) => {
		const style = getComputedStyle(el);
		const copy = copies[i] as SVGElement;
		copy.removeAttribute('class');
		// CSS variables mean nothing outside the page: the computed colours replace them.
		for (const name of ['fill', 'stroke', 'marker-end'])
			if (copy.getAttribute(name)?.includes('var(')) copy.removeAttribute(name);
		if (copy.tagName === 'title') return;
		copy.setAttribute('style', PAINT.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';'));
	});
	const width = Number(svg.getAttribute('width'));
	const height = Number(svg.getAttribute('height'));
	const ns = 'http://www.w3.org/2000/svg';
	clone.setAttribute('xmlns', ns);
	clone.setAttribute('height', String(height + 24));
	clone.setAttribute('viewBox', `0 0 ${width} ${height + 24}`);
	const background = document.createElementNS(ns, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', getComputedStyle(document.body).backgroundColor);
	clone.prepend(background);
	const text = document.createElementNS(ns, 'text');
	text.setAttribute('x', '4');
	text.setAttribute('y', String(height + 16));
	text.setAttribute('style', `font:11px ${getComputedStyle(document.body).fontFamily};fill:${getComputedStyle(document.body).color}`);
	text.textContent = credit;
	clone.append(text);
	return new XMLSerializer().serializeToString(clone);
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
	return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}

/** Wires the download and copy buttons inside `root` and shows them. */
export function wireTools(root: HTMLElement, options: { name: string; svg: () => SVGSVGElement | null; csv: string; credit: string }): void {
	const tools = root.querySelector<HTMLElement>('[data-tools]');
	if (tools) tools.hidden = false;
	root.querySelectorAll<HTMLButtonElement>('[data-download]').forEach((button) =>
		button.addEventListener('click', async () => {
			const kind = button.dataset.download;
			if (kind === 'csv') return download(`${options.name}.csv`, new Blob([options.csv], { type: 'text/csv;charset=utf-8' }));
			const svg = options.svg();
			if (!svg) return;
			const text = standaloneSvg(svg, options.credit);
			if (kind === 'svg') return download(`${options.name}.svg`, new Blob([text], { type: 'image/svg+xml' }));
			const width = Number(svg.getAttribute('width'));
			const height = Number(svg.getAttribute('height')) + 24;
			download(`${options.name}.png`, await svgToPng(text, width, height));
		}),
	);
	root.querySelectorAll<HTMLButtonElement>('[data-copy]').forEach((button) =>
		button.addEventListener('click', async () => {
			const value = button.dataset.copy === 'link' ? new URL(`#${root.closest('[id]')?.id ?? ''}`, location.href).href : (button.dataset.text ?? '');
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

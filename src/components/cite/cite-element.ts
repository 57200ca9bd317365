/**
 * `<orca-cite>`: the cite panel's browser side (CitePanel.astro renders the references and downloads):
 * today's date as the accessed date, downloads that carry it, and the copy buttons.
 */
import { fillAccessed, copyText } from './cite-browser.ts';
import { withAccessed } from '../../lib/cite/accessed-date.ts';

/** Downloads a reference file with `date` as its accessed date; falls back to the plain file. */
async function download(link: HTMLAnchorElement, date: Date) {
	try {
		const response = await fetch(link.href);
		if (!response.ok) throw new Error(String(response.status));
		const text = withAccessed(await response.text(), link.dataset.format as 'bib' | 'ris' | 'json', date);
		const url = URL.createObjectURL(new Blob([text], { type: link.type }));
		const a = Object.assign(document.createElement('a'), { href: url, download: link.pathname.split('/').pop()! });
		a.click();
		setTimeout(() => URL.revokeObjectURL(url), 1000);
	} catch {
		window.location.assign(link.href);
	}
}

/** Fills in today's date as the accessed date (in the references and the downloads) and wires the copy buttons. */
class OrcaCite extends HTMLElement {
	connectedCallback() {
		const today = new Date();
		this.querySelectorAll<HTMLElement>('.cite-accessed').forEach((span) => fillAccessed(span, today));
		this.querySelectorAll<HTMLAnchorElement>('a[data-format]').forEach((link) =>
			link.addEventListener('click', (event) => {
				event.preventDefault();
				void download(link, new Date());
			}),
		);
		const status = this.querySelector<HTMLElement>('.cite-status')!;
		this.querySelectorAll<HTMLButtonElement>('.cite-copy').forEach((button) => {
			button.hidden = false;
			button.addEventListener('click', async () => {
				const target = document.getElementById(button.dataset.target!)!;
				const ok = await copyText(target.textContent!.replace(/\s+/g, ' ').trim(), target.innerHTML);
				status.textContent = ok ? this.dataset.copied! : this.dataset.failed!;
			});
		});
	}
}
customElements.define('orca-cite', OrcaCite);

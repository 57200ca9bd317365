/** `<orca-anchors>`: AnchoredProse.astro's browser side. */
import { copyText } from './cite/cite-browser.ts';

/** A click on a "#" link copies the absolute URL of that anchor and says so. */
class OrcaAnchors extends HTMLElement {
	connectedCallback() {
		const status = this.querySelector<HTMLElement>('.anchor-status')!;
		this.addEventListener('click', async (event) => {
			const link = (event.target as Element).closest<HTMLAnchorElement>('a.anchor-link');
			if (!link) return;
			if (await copyText(link.href)) status.textContent = this.dataset.copied!;
		});
	}
}
customElements.define('orca-anchors', OrcaAnchors);

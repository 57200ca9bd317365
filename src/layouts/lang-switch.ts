/** The language switch of every page (Base.astro): the other language opens on the same view. */
import { withView } from '../lib/url.ts';
// Pages change their query with history.replaceState (no event), so the link is also updated just before it is used.
const link = document.querySelector<HTMLAnchorElement>('a[data-lang-switch]');
if (link) {
	const path = link.getAttribute('href')!;
	const update = () => link.setAttribute('href', withView(path, location.search, location.hash));
	update();
	for (const type of ['popstate', 'hashchange']) addEventListener(type, update);
	for (const type of ['pointerenter', 'pointerdown', 'focus', 'click']) link.addEventListener(type, update);
}

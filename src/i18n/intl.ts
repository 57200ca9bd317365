/**
 * The one cache of `Intl` formatters: creating one is costly (the build formats on every page, the
 * timeline at every zoom step), so each is made once per locale and options and then reused.
 */

const cache = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, make: () => T): T {
	const key = `${kind}|${locale}|${JSON.stringify(options)}`;
	let formatter = cache.get(key) as T | undefined;
	if (formatter === undefined) cache.set(key, (formatter = make()));
	return formatter;
}

/** `Intl.NumberFormat` for `locale` and `options`, made once. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
	return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

/** `Intl.DateTimeFormat` for `locale` and `options`, made once. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

/** `Intl.Collator` for `locale` and `options`, made once. */
export function collator(locale: string, options: Intl.CollatorOptions = {}): Intl.Collator {
	return cached('collator', locale, options, () => new Intl.Collator(locale, options));
}

/** `Intl.ListFormat` for `locale` and `options`, made once. */
export function listFormat(locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat {
	return cached('list', locale, options, () => new Intl.ListFormat(locale, options));
}

/** Items joined by the language's semicolon (`Intl.ListFormat` has no such list): `a ; b` in French, `a; b` in English. */
export function semicolonList(locale: string, items: readonly string[]): string {
	return items.join(locale.startsWith('fr') ? ' ; ' : '; ');
}

/** `Intl.DisplayNames` for `locale` and `options`, made once. */
export function displayNames(locale: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
	return cached('names', locale, options, () => new Intl.DisplayNames(locale, options));
}

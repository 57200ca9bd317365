/**
 * The one placeholder filler: `fill('{n} cases', { n: 3 })` → `3 cases`; an unknown name stays as written.
 * `{n|case|cases}` writes the first form when `n` is 1 and the second otherwise, so that a count agrees with
 * its words in both languages (`{n} {n|case|cases}`, `{n} cas {n|non daté|non datés}`); `n` may be a number
 * or the number as formatted (`1,234`).
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
	return template
		.replace(/\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g, (whole, name: string, one: string, other: string) =>
			name in values ? (isOne(values[name]!) ? one : other) : whole,
		)
		.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** True when a count, as a number or as formatted, is exactly one. */
function isOne(value: string | number): boolean {
	return typeof value === 'number' ? value === 1 : value.trim() === '1';
}

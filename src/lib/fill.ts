/** The one placeholder filler: `fill('{n} cases', { n: 3 })` → `3 cases`; an unknown name stays as written. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

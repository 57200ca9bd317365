/** Where readers report an error: a new issue of the repository, its title and body prefilled. */

/** The new-issue URL of `repository` (`https://github.com/<owner>/<repo>`) with `title` and `body` filled in. */
export function newIssueUrl(repository: string, title: string, body: string): string {
	const url = new URL(`${repository.replace(/\/+$/, '')}/issues/new`);
	url.searchParams.set('title', title);
	url.searchParams.set('body', body);
	return url.href;
}

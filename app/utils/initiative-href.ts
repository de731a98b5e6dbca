/**
 * An initiative's page, with the search it was found with when there is one. Kept apart from the
 * search schema so that cards on the home page do not pull zod into the browser.
 */
export function initiativeHref(slug: string, linkQuery?: string): string {
  return `/initiatieven/${slug}${linkQuery ? `?${linkQuery}` : ""}`;
}

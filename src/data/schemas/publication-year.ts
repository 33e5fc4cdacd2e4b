/**
 * An article's year: that of its publication date ("2024-05-17" → 2024). Beside the schemas, so
 * the data build (which may import only src/data/schemas/) and the app share it; in a module of
 * its own, without zod, so the app's first chunks (filters.ts) do not load the schema library.
 */
export function publicationYear(article: { published: { date: string } }): number {
  return Number(article.published.date.slice(0, 4));
}

/** A page's searchParams as Next gives them to a page or to generateMetadata. */
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Every value of every parameter, repeats kept, so a field sent twice can be told. */
export async function queryOf(searchParams: SearchParams): Promise<URLSearchParams> {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : [value ?? '']) query.append(key, item);
  }
  return query;
}

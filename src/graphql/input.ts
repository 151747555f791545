// GraphQL input → service input, the same way for every module: global ids become database ids,
// and GraphQL null means "clear" for the fields in `clearable` and "not given" for the others
// (booleans, enums, required values). `rename` maps GraphQL names to service names.
export function cleanInput(
  input: Record<string, unknown>,
  clearable: readonly string[],
  rename: Readonly<Record<string, string>> = {},
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input)
      .filter(([k, v]) => v !== null || clearable.includes(k))
      .map(([k, v]) => [rename[k] ?? k, v && typeof v === 'object' && 'typename' in v ? (v as unknown as { id: string }).id : v]),
  );
}

// GraphiQL at /graphql in a browser, served whole from the npm package
// (@graphql-yoga/render-graphiql inlines its scripts, styles and editor workers into the page), so
// it works without internet: the page asks nothing of any host but this server. It opens with an
// example query whose first lines say how to get an API token, and with the headers editor open
// and holding the Authorization header to fill in.
import type { GraphiQLOptions } from 'graphql-yoga';
import { renderGraphiQL as renderFromPackage } from '@graphql-yoga/render-graphiql';

/** What the headers editor holds on a first visit: the header every request needs. */
export const HEADERS_PLACEHOLDER = JSON.stringify({ Authorization: 'Bearer <your token>' }, null, 2);

/** The query editor's content on a first visit (GraphiQL keeps the user's own after that). */
export const EXAMPLE_QUERY = `# Project invoicing API
#
# Every request needs an API token. Put yours in
# place of <your token> under Headers below, then
# run the query with the ▶ button (or Ctrl-Enter).
#
# The administrator's token is printed once, at
# the first \`npm start\`. A new token for any user
# (also for a lost one; ADM is the first admin):
#   npm run token -- --user <email or signature>

{
  me {
    name
    signature
  }
  customers(first: 10) {
    totalCount
    edges {
      node {
        number
        name
      }
    }
  }
}
`;

export const GRAPHIQL_OPTIONS: GraphiQLOptions = {
  title: 'Project invoicing API',
  defaultQuery: EXAMPLE_QUERY,
  headers: HEADERS_PLACEHOLDER,
  // The headers editor is open on arrival, so the placeholder is seen.
  defaultEditorToolsVisibility: 'headers',
  // A token typed into the headers editor stays in the tab's memory, never in the browser's storage.
  shouldPersistHeaders: false,
};

let rendered: { key: string; html: string } | null = null;

/**
 * The GraphiQL page (about 9 MB, the whole of GraphiQL inlined). Rendered once per distinct set
 * of options, not per request.
 */
export function renderGraphiQL(opts: GraphiQLOptions): string {
  const key = JSON.stringify(opts);
  if (rendered?.key !== key) rendered = { key, html: renderFromPackage(opts) };
  return rendered.html;
}

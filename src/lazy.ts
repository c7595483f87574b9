/**
 * The modules commands load on use: the stages, the renderers and what they import. Each loads
 * when first asked for (src/load.ts), so that `--version` or `--help` load none of them and a
 * check loads no other format's parser nor another output's writer.
 *
 * In dist/ this table and everything it reaches is one CommonJS bundle, lazy.cjs, run with V8's
 * code cache (build.mjs, src/util/code-cache.ts); from source (tests) it is imported as it is.
 */
export const lazyModules = {
  pipeline: () => import('./pipeline.js'),
  'catalogue/index': () => import('./catalogue/index.js'),
  'catalogue/view': () => import('./catalogue/view.js'),
  'document/wording': () => import('./document/wording.js'),
  'document/wording-examples': () => import('./document/wording-examples.js'),
  'engine/examples': () => import('./engine/examples.js'),
  'engine/schema': () => import('./engine/schema.js'),
  'facts/index': () => import('./facts/index.js'),
  'facts/examples': () => import('./facts/examples.js'),
  'ingest/boilerplate': () => import('./ingest/boilerplate.js'),
  'ingest/budget': () => import('./ingest/budget.js'),
  'ingest/fold': () => import('./ingest/fold.js'),
  'ingest/read': () => import('./ingest/read.js'),
  'ingest/spellings': () => import('./ingest/spellings.js'),
  'ingest/lookalikes': () => import('./ingest/lookalikes.js'),
  'ingest/table-wording': () => import('./ingest/table-wording.js'),
  'render/index': () => import('./render/index.js'),
  'render/html': () => import('./render/html.js'),
  'render/json': () => import('./render/json.js'),
  'render/ranking': () => import('./render/ranking.js'),
  'render/xlsx': () => import('./render/xlsx.js'),
  'render/overview': () => import('./render/overview.js'),
  'render/html-kit': () => import('./render/html-kit.js'),
  'render/diff': () => import('./render/diff.js'),
  'render/draft': () => import('./render/draft.js'),
  'render/draft-phrases': () => import('./render/draft-phrases.js'),
  'render/docx': () => import('./render/docx.js'),
  'render/facts-table': () => import('./render/facts-table.js'),
};

export type LazyModules = typeof lazyModules;

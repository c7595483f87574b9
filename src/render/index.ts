import type { Evaluated } from '../pipeline.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';

import type { CheckFormat } from './formats.js';

export { CHECK_FORMATS, type CheckFormat } from './formats.js';

/** One renderer per format, each over the Scorecard (and the source text, for quoting). */
export async function renderCheck(format: CheckFormat, evaluated: Pick<Evaluated, 'scorecard' | 'source'>): Promise<string> {
  switch (format) {
    case 'md':
      return renderMarkdown(evaluated.scorecard, evaluated.source);
    case 'json':
      return renderJson(evaluated.scorecard);
    case 'html':
      return renderHtml(evaluated.scorecard, evaluated.source);
  }
}

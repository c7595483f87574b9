import type { Evaluated } from '../pipeline.js';
import type { CheckFormat } from './formats.js';

export { CHECK_FORMATS, type CheckFormat } from './formats.js';

/**
 * One renderer per format, each over the Scorecard (and the source text, for quoting). Each loads
 * when its format is asked for: the HTML page's hashes for its CSP need node:crypto, which no
 * other format needs (loading it was 3% of a cold check in Markdown).
 */
export async function renderCheck(format: CheckFormat, evaluated: Pick<Evaluated, 'scorecard' | 'source'>): Promise<string> {
  switch (format) {
    case 'md':
      return (await import('./markdown.js')).renderMarkdown(evaluated.scorecard, evaluated.source);
    case 'json':
      return (await import('./json.js')).renderJson(evaluated.scorecard);
    case 'html':
      return (await import('./html.js')).renderHtml(evaluated.scorecard, evaluated.source);
  }
}

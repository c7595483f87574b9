import { foldCharacters } from '../ingest/index.js';
import type { SourceText } from '../ingest/types.js';
import { buildDocument } from './index.js';
import type { Document, DocumentKind, Level } from './types.js';

/** The heading an example sentence is placed under, so the document treats it as an achievement. */
const ACHIEVEMENTS_HEADING = '一、主要举措和成效';

/**
 * A one-sentence document of `kind` (an annual report unless told) at `level`, for the examples that
 * rules and indicators carry: the sentence goes through the same folding and document stage as a real report.
 */
export function exampleDocument(sentence: string, name: string, level: Level, kind: DocumentKind = 'annual_report'): Document {
  // an example told it is of another kind stands for a superior's paper about its units (a 通报), as the passes' examples mean it
  return {
    ...buildDocument(exampleSource(`${ACHIEVEMENTS_HEADING}\n${sentence}\n`, name)),
    kind,
    level,
    place: null,
    // read off the place, which an example has none of
    governmentBureau: undefined,
    aboutUnits: kind === 'other',
  };
}

/** A text of an example as ingest hands a plain-text report over. */
export function exampleSource(original: string, name: string): SourceText {
  return { file: name, format: 'txt', encoding: 'utf-8', text: foldCharacters(original), original, traditional: false };
}

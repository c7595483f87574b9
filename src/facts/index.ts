/** The fact stage: lexicon loading, fact extraction, mentions for the catalogue's presence checks. */
export { lintLexicon, loadLexicon, type Lexicon } from './lexicon.js';
export { extractFacts, findMentions, type Mention } from './extract.js';
export { classifyStatus, isNegated } from './status.js';
export { parseQuantities, type Quantity } from './quantity.js';

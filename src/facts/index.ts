/** The fact stage: lexicon loading and fact extraction (numbers, rates and presence facts). */
export { lintLexicon, loadLexicon, type Lexicon } from './lexicon.js';
export { extractFacts, inTextOrder } from './extract.js';
export { extractPresence, withPresence } from './presence.js';
export type { PresenceEntry } from './presence-schema.js';
export { classifyStatus, isNegated } from './status.js';
export { parseQuantities, type Quantity } from './quantity.js';

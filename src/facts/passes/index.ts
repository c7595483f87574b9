/**
 * The passes of the extraction, in the order they run (their `meta.order`): every special
 * construction of report wording is one of them, with its words in rules/passes.yaml.
 */
import * as boundFacts from './bound-facts.js';
import * as breakdowns from './breakdowns.js';
import * as change from './change.js';
import type { DocumentPass, PassMeta, SentencePass } from './context.js';
import * as continuation from './continuation.js';
import * as criteria from './criteria.js';
import * as datedEntries from './dated-entries.js';
import * as derivation from './derivation.js';
import * as english from './english.js';
import * as frames from './frames.js';
import * as grossFigures from './gross-figures.js';
import * as headingPresence from './heading-presence.js';
import * as implied from './implied.js';
import * as increment from './increment.js';
import * as listSharing from './list-sharing.js';
import * as metRequirement from './met-requirement.js';
import * as nearestCue from './nearest-cue.js';
import * as numberFirst from './number-first.js';
import * as otherPeriod from './other-period.js';
import * as peerEnumeration from './peer-enumeration.js';
import * as presence from './presence.js';
import * as rateContinuation from './rate-continuation.js';
import * as respectively from './respectively.js';
import * as respectivelyFrames from './respectively-frames.js';
import * as summed from './summed.js';
import * as subordinateLevel from './subordinate-level.js';
import * as superiorLevel from './superior-level.js';
import * as yearChange from './year-change.js';
import * as yearColumns from './year-columns.js';
import * as yearToDate from './year-to-date.js';

/**
 * The passes over one sentence, by order: each copied out of its module, as a bundle reads a
 * module's exports through getters, and the passes' `run` is read per sentence and pass.
 */
export const SENTENCE_PASSES: readonly SentencePass[] = [
  peerEnumeration,
  superiorLevel,
  otherPeriod,
  subordinateLevel,
  criteria,
  change,
  yearChange,
  respectively,
  yearColumns,
  nearestCue,
  listSharing,
  numberFirst,
  summed,
  continuation,
  rateContinuation,
  increment,
  boundFacts,
  respectivelyFrames,
  frames,
  grossFigures,
  metRequirement,
  implied,
  presence,
]
  .map(({ meta, run }) => ({ meta, run }))
  .sort((a, b) => a.meta.order - b.meta.order);

/** The passes over the whole document, after the sentences, by order. */
export const DOCUMENT_PASSES: readonly DocumentPass[] = [datedEntries, yearToDate, breakdowns, headingPresence, english, derivation]
  .map(({ meta, run }) => ({ meta, run }))
  .sort((a, b) => a.meta.order - b.meta.order);

/** Every pass, as `facts test` lists them. */
export const PASSES: readonly PassMeta[] = [...SENTENCE_PASSES, ...DOCUMENT_PASSES].map((p) => p.meta);

import type { PresenceEntry } from '../facts/presence-schema.js';
import type { Area, Indicator, Waiver } from './schema.js';

/** The edition used when neither an option nor the report's year says otherwise. */
export const DEFAULT_EDITION = '2021';

export interface CatalogueOptions {
  edition: string;
  /** a tailoring YAML file; when given, the edition at the root of its `extends` chain is used */
  tailoring?: string;
  /** YYYY-MM-DD, for waiver expiry; default: today */
  today?: string;
  /** the folder holding <edition>/ folders; default: the package's indicators/ (tests point elsewhere) */
  root?: string;
  /** the fact vocabulary to check `check.fact` against; lint loads the lexicon's when omitted */
  factIds?: ReadonlySet<string>;
  /** the rates (facts in %), whose thresholds lie between 0 and 100; lint and a tailored load take the lexicon's when omitted */
  rateFactIds?: ReadonlySet<string>;
}

/** An indicator placed in the catalogue: its 一级 area, its group, and where it came from. */
export interface CatalogueIndicator extends Indicator {
  area: string;
  /** the edition whose files define it (differs from the catalogue's for `reuse`) */
  edition: string;
  /** where it is written, for messages: file:line:col */
  origin: { file: string; line: number; column: number };
}

export interface WaiverInForce extends Waiver {
  /** the tailoring file that grants it */
  file: string;
}

export interface ExpiredWaiver {
  id: string;
  reason: string;
  expires: string;
}

export interface Catalogue {
  edition: string;
  title: string;
  /** the tailoring file as given, or null */
  tailoring: string | null;
  /** 一级 areas with their 二级 groups (and mapsTo for cross-edition comparison) */
  areas: Area[];
  indicators: CatalogueIndicator[];
  waivers: WaiverInForce[];
  expiredWaivers: ExpiredWaiver[];
  /** presence facts the catalogue's own cue phrases ask for (a tailoring's indicators); read with the lexicon's */
  presence: PresenceEntry[];
}

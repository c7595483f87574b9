/**
 * The shape of rules/presence.yaml (and of a tailoring's presence cues): schemas only, so that the
 * lexicon and the catalogue can read it without loading the presence matcher.
 */
import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';

/** Groups of terms that must all occur in one sentence; a term may offer alternatives 'a|b'. */
export const Mentions = lazySchema(() => z.array(z.array(z.string().min(1)).min(1)).min(1));

export const PresenceEntry = lazySchema(() =>
  z.strictObject({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'id 只能由小写字母、数字和下划线组成'),
    mentions: Mentions,
    /** every term of a group must stand in one clause, not just in one sentence */
    clause: z.boolean().optional(),
    /** phrases in which a cue term does not count (基层应急预案 is no grassroots emergency capacity) */
    exclude: z.array(z.string().min(1)).min(1).optional(),
    /** words that void a cue in their clause (a course for a temple's committee: 为寺管会成员举办法治培训班) */
    exclude_clause: z.array(z.string().min(1)).min(1).optional(),
  }),
);
export type PresenceEntry = z.infer<typeof PresenceEntry>;

export const PresenceFile = lazySchema(() => z.strictObject({ facts: z.array(PresenceEntry).min(1) }));

export const PRESENCE_FILE = 'presence.yaml';

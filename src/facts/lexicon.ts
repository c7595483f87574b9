/**
 * The fact lexicon: rules/facts.yaml (one entry per fact), rules/presence.yaml (presence facts
 * read from cue words), rules/status.yaml (plan, done, requirement and negation markers) and
 * rules/passes.yaml (the words of the special constructions), validated with zod. Problems are reported as UserError at
 * file:line:col so that whoever edits the YAML sees where.
 */
import path from 'node:path';
import { z } from 'zod';
import { lazySchema } from '../util/lazy-schema.js';
import {
  originAt,
  problemAt,
  readChecked,
  readCheckedSync,
  type Checked,
  type PathKey,
  type Problem,
  type YamlSource,
  valueOrFirstProblem,
} from '../catalogue/yaml-file.js';
import { isUnit } from './quantity.js';
import { rulesDir } from '../paths.js';
import { DOCUMENT_KINDS, LEVELS } from '../document/types.js';
import { cached, cachedSync, type CacheSpec } from '../util/cache.js';
import { requiredGroups } from '../util/required-words.js';
import { PRESENCE_FILE, PresenceEntry, PresenceFile } from './presence-schema.js';

const Term = lazySchema(() => z.string().min(1));
/** Texts a pattern must match (pass) and must not (fail), tested by the pattern's own test. */
const PatternExamples = lazySchema(() => z.object({ pass: z.array(Term), fail: z.array(Term) }).strict());
const RegexSource = lazySchema(() =>
  z
    .string()
    .min(1)
    .superRefine((source, ctx) => {
      try {
        new RegExp(source.replaceAll('…', GAP));
      } catch (e) {
        ctx.addIssue({ code: 'custom', message: `正则表达式无效:${(e as Error).message}` });
      }
    }),
);

/** An implied value: the count the pattern's match stands right after. */
export const COUNT_BEFORE = 'count_before';
/** An implied value: the ordinal of the session the pattern's match stands right after (今年…第11次学法 → 11). */
export const ORDINAL_BEFORE = 'ordinal_before';

/** What '…' in an implied pattern may stand for: a few characters inside one clause. */
export const GAP = '[^,;:。!?]{0,12}?';

/** An implied pattern as it is searched: every match in a sentence, '…' a gap. */
export const impliedRegex = (pattern: string): RegExp => new RegExp(pattern.replaceAll('…', GAP), 'g');

/**
 * An implied pattern with each '…' gap a named group (gap0, gap1, …), matched where a match of the pattern starts
 * (sticky, with indices): what its gaps skipped, which must not deny what it states (述法尚未实现全覆盖). null: no gap.
 */
export const impliedGapsRegex = (pattern: string): RegExp | null =>
  pattern.includes('…')
    ? new RegExp(
        pattern.split('…').reduce((out, part, i) => `${out}(?<gap${i - 1}>${GAP})${part}`),
        'dy',
      )
    : null;

/**
 * A sentence of our own that shows what an entry or frame must read (pass, optionally with the
 * value) or must not read (fail). `duibiao facts test` runs them through the whole pipeline.
 */
const PassExample = lazySchema(() => z.union([Term, z.object({ text: Term, value: z.union([z.number(), z.literal(true)]) }).strict()]));
export const Examples = lazySchema(() =>
  z
    .object({
      pass: z.array(PassExample).default([]),
      fail: z.array(Term).default([]),
    })
    .strict(),
);

/**
 * A fact frame: concept groups that must all occur around a number (in its part of the clause,
 * or in the sentence's opening clause, which names who acts), in any order, with no list of
 * filler words. The measure word on the number picks the frames that may read it.
 */
export const Frame = lazySchema(() =>
  z
    .object({
      /** what wording the frame covers, in a few words (shown by `facts test`) */
      name: Term,
      /** who: 常务会议, 常务会 */
      subject: z.array(Term).default([]),
      /** what was done: 学法, 学习, 讲座 */
      action: z.array(Term).default([]),
      /** what it was about, when the action alone is too broad: 法治, 法律 */
      object: z.array(Term).default([]),
      /** counting words the number must carry: 次, 场, 场次, 期 */
      measure: z.array(Term).min(1),
      /** none of these may occur where the groups were found (中心组, 党组) */
      exclude: z.array(Term).default([]),
      examples: Examples.default({ pass: [], fail: [] }),
    })
    .strict()
    .refine((f) => f.subject.length + f.action.length + f.object.length > 0, { message: '框架至少需要 subject、action、object 之一' }),
);
export type Frame = z.infer<typeof Frame>;

export const FactEntry = lazySchema(() =>
  z
    .object({
      id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'id 只能由小写字母、数字和下划线组成'),
      shape: z.enum(['rate', 'count', 'presence']),
      /** the unit the fact is reported in ('%', '件', '人' …; null for presence facts) */
      unit: z.string().nullable(),
      /** counting words a stated number may carry (件/宗/起, 名/人 …); defaults to [unit] */
      units: z.array(Term).default([]),
      /** subject words, the nearest of which binds a number in the same clause */
      cues: z.array(Term).default([]),
      /** words of which one must occur in the same clause (the verb: 审核, 清理 …) */
      near: z.array(Term).default([]),
      /**
       * words of which one must occur in the sentence or in its section heading; a list of lists
       * asks for one word of every list ([[考核, 绩效], [法治]])
       */
      topic: z.union([z.array(Term), z.array(z.array(Term).min(1))]).default([]),
      /** distractors: none may occur in the clause */
      exclude: z.array(Term).default([]),
      /**
       * distractors whose words vary (被…纠错率 with whoever corrected between): regexes ('…' = a gap inside a clause),
       * none of which may match in the cue's clause; read with `exclude`
       */
      exclude_patterns: z.array(RegexSource).default([]),
      /**
       * the subjects of other facts: where one of these is in the clause and the `topic` is not, the
       * clause is about them, whatever the sentence or heading is about (决策合法性审查率100%,规范性文件备案率…)
       */
      rivals: z.array(Term).default([]),
      /**
       * the facts whose count holds this one's (败诉 of 行政诉讼案件): a number after 其中, a part of
       * the total before it, is this fact's when its cue follows and the total is one of these (案件2件,其中1件败诉)
       */
      part_of: z.array(z.string()).default([]),
      /**
       * a gross count and its net part by act (收到行政复议申请164件,受理148件): a figure its clause counts with one of
       * `acts` is no fact of the entry where a later clause of the sentence, before any ";", counts it again with one of
       * `net` (not a part after 其中, which may be another body's share)
       */
      gross: z.object({ acts: z.array(Term).min(1), net: z.array(Term).min(1) }).optional(),
      /**
       * other actors whose own count a clause naming one of them gives (法院受理一审行政案件105件: every suit
       * before the court), unless one of `own_roles` there says the body is a party to it (…以县政府为被告的…)
       */
      other_actors: z.array(Term).default([]),
      own_roles: z.array(Term).default([]),
      /**
       * whether an actor named goes on as the subject of the clauses after it that name neither an actor nor a role, up to
       * a ";" (派出所全年接处警1536起,现场调处纠纷93起: the police's disputes too)
       */
      actors_go_on: z.boolean().default(false),
      /** distractors: none may occur anywhere in the sentence */
      exclude_sentence: z.array(Term).default([]),
      /**
       * distractors whose words vary (纳入…法治建设考核 with a year or a level between): regexes ('…' = a gap inside a
       * clause), none of which may match in the sentence; read with `exclude_sentence`
       */
      exclude_sentence_patterns: z.array(RegexSource).default([]),
      /**
       * the entry's own kind, named in full (行政规范性文件 beside 党内规范性文件): a clause naming it and no
       * `exclude_sentence` word is the entry's, whatever else its sentence names
       */
      own_kind: z.array(Term).default([]),
      /**
       * other matters whose cases a clause counts when it names none of `own_kind` (坚持复议前置与调解优先,通过调解、和解方式化解
       * 案件74件: 复议 cases closed by 调解): the nearest clause of the sentence back from the cue's, else its section heading, that
       * names one of these and none of `own_kind` makes the figure that matter's
       */
      other_matters: z.array(Term).default([]),
      /** extra words allowed between the cue and its number, besides the shared context */
      context: z.array(Term).default([]),
      /**
       * a clause right after the number that vouches for it although its own clause lacks the
       * `near` word or names a distractor of `confirmed_despite` (出台规范性文件15件,均经合法性审核): regexes, '…' = a gap
       */
      confirmed_by: z.array(RegexSource).default([]),
      /**
       * the distractors of `exclude` such a voucher outweighs: the act that made what was then reviewed
       * (制定…12件,审核率100%); not the others (议题、文件、合同…352件,审查率100%: a count of other things too)
       */
      confirmed_despite: z.array(Term).default([]),
      /**
       * a modifier right before the cue (…的 + cue) that says the people counted hold the post's papers
       * (经过培训、考试合格并取得执法证件的执法人员): regexes, '…' = a gap
       */
      qualified_by: z.array(RegexSource).default([]),
      /** the distractors of `exclude` such a modifier holds as how they qualified (培训, 考试), not as an act of the clause */
      qualified_despite: z.array(Term).default([]),
      /** zero and universal statements: a regex ('…' = a few characters of the clause) and the value it states */
      /**
       * a value, or '=other_id': the value the sentence states for other_id (应出庭21件…全部出庭 → 21);
       * '=a|b': that of a, else that of b (案件3件,局长均出庭应诉 → 3 when no 应出庭 count is stated);
       * 'count_before': the count that ends right where the match starts (715名 before 持证执法人员参加…培训 → 715),
       * read whether or not another fact took it; 'ordinal_before': the ordinal that ends there (第11次 before 学法 said of
       * the year's sessions → 11)
       */
      implied: z
        .array(
          z
            .object({
              pattern: RegexSource,
              value: z.union([
                z.number(),
                z.literal(true),
                z.literal(COUNT_BEFORE),
                z.literal(ORDINAL_BEFORE),
                z.string().regex(/^=[a-z][a-z0-9_]*(\|[a-z][a-z0-9_]*)*$/),
              ]),
            })
            .strict()
            // read once with the lexicon, so kept in its cache: reading them took some 7 ms of every start
            .transform((implied) => ({ ...implied, groups: requiredGroups(impliedRegex(implied.pattern)) })),
        )
        .default([]),
      /**
       * kinds of what the fact counts (涉企…案件, 因…引发的, 涉及…的): regexes; an implied statement a few characters after
       * one in its sentence speaks of that kind alone (涉农案件均胜诉,无一败诉), not of the whole the fact counts
       */
      implied_kinds: z.array(RegexSource).default([]),
      /**
       * what the fact counts, as acts a report may deny it did (旁听…庭审, 法治…讲座): regexes; each stated zero of rules/passes.yaml
       * `implied` frames around them (全年未组织…旁听庭审, …案件为零) states 0, as an implied pattern of the entry's
       */
      zero_acts: z.array(RegexSource).default([]),
      /** presence: groups of terms that must all occur in one sentence ('a|b' offers alternatives) */
      mentions: z.array(z.array(Term).min(1)).default([]),
      /** presence: phrases in which a mention's term does not count (述职述廉述法报告: the paper's own name) */
      mention_exclude: z.array(Term).default([]),
      /**
       * presence: the parts of the mechanism (三项制度: 执法公示, 全过程记录, 法制审核): a clause of the sentence that denies
       * one (…法制审核制度尚未建立) leaves the whole not in place
       */
      mention_parts: z.array(Term).default([]),
      /** fact frames: concept groups around a number that no cue binds (see Frame) */
      frames: z.array(Frame).default([]),
      /**
       * only events the body held count: one its people attended that a superior held (参加市政府举办的…研讨班)
       * is not (superior_level.events)
       */
      held_by_body: z.boolean().default(false),
      examples: Examples.default({ pass: [], fail: [] }),
    })
    .strict(),
);
export type FactEntry = z.infer<typeof FactEntry>;

export const Derivation = lazySchema(() =>
  z
    .object({
      id: z.string(),
      numerator: z.string(),
      denominator: z.string(),
      /** where the two counts may stand: one sentence, or one paragraph (a few sentences, no line break) */
      within: z.enum(['sentence', 'paragraph']).default('sentence'),
    })
    .strict(),
);

export const FactsFile = lazySchema(() =>
  z
    .object({
      /** words that may stand between any cue and its number: 达, 为, 共, 累计 … */
      context: z.array(Term),
      /** words that, right before a cue or a frame's action, deny it: 不予受理, 未审查, 尚未开展 */
      negators: z.array(Term).default([]),
      /** words that carry a denial on to the cue after them: 未受理的(复议案件) */
      negation_links: z.array(Term).default([]),
      /** acts of making a negator denies together with the cue right after them: 未出台(规范性文件), 不具备制定(…的职权) */
      denied_acts: z.array(Term).default([]),
      /** words after which a distractor names no act of the clause: 拟(出台的), (以区政府)名义(印发的) */
      not_acts_after: z.array(Term).default([]),
      /** words before which an act of making (`denied_acts`) names a time, no act of the clause: 出台(之前), 印发(前) */
      not_acts_before: z.array(Term).default([]),
      /** words after which an act of making (`denied_acts`) says the documents went out once reviewed: (审核后)出台 */
      reviewed_before: z.array(Term).default([]),
      /** modifiers of what a clause counts, in which a distractor names no act when a cue follows: 对(不符合…)的申请…受理 */
      object_modifiers: z.array(RegexSource).default([]),
      /** set phrases whose numeral counts nothing: 一次性(告知), 一件事一次办, 最多跑一次 */
      set_phrases: z.array(Term).default([]),
      /** words joining the ends of a range (97%至100%): neither end is a value */
      range_joins: z.array(Term).default([]),
      /** words bounding a count from above (不足5件): the count of things is then no value; measures and shares keep theirs */
      upper_bounds: z
        .object({ words: z.array(Term), measures: z.array(Term) })
        .strict()
        .default({ words: [], measures: [] }),
      /** sayings in quotes whose numerals count nothing (regexes): “复议一件、引发一串”, “一案一分析” */
      sayings: z.array(RegexSource).default([]),
      /** counts of the items of the list just before (regexes): 报备率、报备及时率三项指标均为100% — no count, a gap */
      list_counts: z.array(RegexSource).default([]),
      /** quotations named a slogan (regexes): “述法全覆盖 法治进万家”宣传标语 states no figure, value or mechanism */
      slogans: z.array(RegexSource).default([]),
      /**
       * parts that may stand anywhere between a cue and its number, as a blank does, and state no count
       * of their own (a gloss, a deadline): regexes, each tried where a part opens; examples as a pass's
       */
      asides: z.object({ patterns: z.array(RegexSource).min(1), examples: PassExamples }).strict(),
      /** the parts a piece of work is divided into (环节, 方面): a count N个 right before one counts those, no fact's things */
      counted_parts: z.object({ words: z.array(Term).min(1), examples: PassExamples }).strict(),
      facts: z.array(FactEntry).min(1),
      derive: z.array(Derivation).default([]),
    })
    .strict(),
);

export const StatusFile = lazySchema(() =>
  z
    .object({
      /** regexes marking a target, requirement or intention inside an achievements section */
      plan: z.array(RegexSource),
      /** regexes marking something done; they end a plan started earlier in the sentence */
      done: z.array(RegexSource),
      /** a requirement: a per-period frame (每人每年) with a bound (不少于) or named by a noun (…的要求) */
      requirement: z
        .object({
          bounds: z.array(Term),
          frames: z.array(Term),
          nouns: z.array(Term),
          leads: z.array(RegexSource).default([]),
          /** regexes of someone's demand (省里要求): with a bound after it in its clause, a requirement named as such */
          demands: z.array(RegexSource).default([]),
          /** regexes of a clause opening with a demand that a figure be reached (第66项要求…达到100%), up to the figure */
          reached: z.array(RegexSource).default([]),
          /** regexes opening a clause after a per-period rule the body keeps (坚持每季度至少学法1次): the year's count, reported */
          year_counts: z.array(RegexSource).default([]),
        })
        .strict(),
      /** regexes naming a target with its figure (目标4次), plans; and those opening a clause after one that says what was done against it (完成5次) */
      target: z
        .object({ markers: z.array(RegexSource), outcomes: z.array(RegexSource) })
        .strict()
        .default({ markers: [], outcomes: [] }),
      /**
       * a target quoted and named as one: words right before its quotes, or after them and 的 (…”的要求), or words
       * a bracket stating the target follows (年度目标(12次)); an empty list would name every quotation
       */
      quoted_target: z
        .object({
          before: z.array(Term).min(1),
          after: z.array(Term).min(1),
          /** a target's names that follow its figure with no quotes (年初确定的…90%目标) */
          unquoted: z.array(Term).default([]),
          bracketed: z.array(Term).min(1),
          share_of: z.array(Term).min(1),
          opens_bracket: z.object({ scopes: z.array(Term), words: z.array(Term).min(1), links: z.array(Term) }).strict(),
          /** regexes saying, right after a target (and its name), that it was done in the year (今年已全面完成) */
          done_after: z.array(RegexSource).default([]),
        })
        .strict(),
      /** regexes marking a negated statement (未建立, 尚未, 缺乏 …) */
      negation: z.array(RegexSource),
      /** regexes of the last word of a thing's name listed without 《》 (…改造计划等4项决策): its words are no intention */
      names: z.array(RegexSource).default([]),
      /**
       * a sentence ending its paragraph with a colon that plans what follows (会议要求:) leads the item paragraphs after it:
       * `cues` plan such a lead's last clause as the plan markers do ({later} too), `items` opens an item's paragraph
       */
      plan_lead: z
        .object({
          cues: z.array(RegexSource),
          items: RegexSource,
          examples: z.object({ leads: PatternExamples, items: PatternExamples }).strict(),
        })
        .strict()
        .default({ cues: [], items: '(?!)', examples: { leads: { pass: [], fail: [] }, items: { pass: [], fail: [] } } }),
    })
    .strict(),
);

/**
 * An example of a pass (rules/passes.yaml): the sentence must give `fact` with `value` (pass), or
 * must not give it (fail; with `value`: not with that value); read as a report of `level`.
 */
const PassCase = lazySchema(() =>
  z
    .object({
      text: Term,
      fact: Term,
      value: z.union([z.number(), z.literal(true)]),
      level: z.enum(LEVELS).optional(),
      kind: z.enum(DOCUMENT_KINDS).optional(),
    })
    .strict(),
);
const PassExamples = lazySchema(() =>
  z
    .object({
      pass: z.array(PassCase).default([]),
      fail: z.array(PassCase.partial({ value: true })).default([]),
    })
    .strict()
    .default({ pass: [], fail: [] }),
);

/** The word tables of the passes (src/facts/passes/), one per pass that looks for words of its own. */
export const PassTables = lazySchema(() =>
  z
    .object({
      list_sharing: z.object({ separators: z.array(Term).min(1), distributive: z.array(Term), shared: z.array(Term) }).strict(),
      respectively: z
        .object({
          words: z.array(Term).min(1),
          item_separators: z.array(Term).min(1),
          head_marks: z.array(Term),
          /** the words of a measure (率, 比例): an item naming one measures something of its own, it names no one whose */
          item_measures: z.array(Term).default([]),
          /** an item of the list before 分别 that opens with a department's name (县公安局): its figure is the department's */
          departments: z.array(RegexSource).default([]),
          /** members of the list after 分别 that give no figure (—, 暂无) and the marks of a range member (40—45名) */
          placeholders: z.array(Term).default([]),
          range_marks: z.array(Term).default([]),
          /** a verb that may open a member of the list after 分别, before its figure (…、控制在10%以内) */
          member_leads: z.array(Term).default([]),
          /** what the words before 分别 are when they point back to a list in the clause before (以上两类, 上述会议) */
          list_references: z.array(RegexSource).default([]),
          /** a clause's words that it shares what the clause before counts (也, 同样) */
          shared_marks: z.array(Term).default([]),
          /** the words opening two clauses that give the figures of a two-item list before them (前者, 后者) */
          ordinals: z.array(Term).default([]),
        })
        .strict(),
      change: z
        .object({
          from: z.array(Term).min(1),
          verbs: z.array(Term).min(1),
          to: z.array(Term),
          now: z.array(Term),
          /** signs leading from an old value to the new one (89.7%→96.3%) */
          arrows: z.array(Term).default([]),
          /** 较上年增加2次: what the change is measured against (a regex each), and the verbs of its amount */
          against: z.array(z.string()).default([]),
          by: z.array(Term).default([]),
          measured: z.array(Term).default([]),
          /** 应诉39件 ↓3件: signs of a rise or fall right before a number: the number is the change's amount */
          signs: z.array(Term).default([]),
          /** 与去年同口径相比,复议案件减少14件: a sentence's opening clause that compares it with another period (regexes) */
          against_openers: z.array(RegexSource).default([]),
        })
        .strict(),
      /**
       * the parts of a total (breakdowns): the words that open them (其中, 分别为), those that open one as an aside the
       * total's clause goes on past (含), those that keep a part a fact of the body (its own share, a narrower count by act
       * or qualification), each kind's count (X类…各N) and the total that sums up a 分别 list before it (共计259台)
       */
      breakdowns: z
        .object({ openers: z.array(Term).min(1), asides: z.array(Term).default([]), kept: z.array(RegexSource), per_kind: RegexSource, sums_up: RegexSource })
        .strict(),
      /**
       * a count so far before the whole year's (截至11月30日…32件,…全年共受理36件): what dates a count to a day of the year
       * before its end, and the words of the whole year after which a count of the same fact is the year's
       */
      year_to_date: z.object({ cutoffs: z.array(RegexSource).min(1), wholes: z.array(Term).min(1) }).strict(),
      /**
       * a chronicle's dated entries (2024-03-14 …, 12月28日 … under 【2021年12月】): what dates a sentence by its opening, and a
       * line that dates the entries below it; each with the group `year`
       */
      dated_entries: z.object({ openings: z.array(RegexSource).min(1), headings: z.array(RegexSource).min(1) }).strict(),
      /**
       * a bilingual edition's English passages, read only for the figures the Chinese text nowhere states (english.ts): what
       * ends an English sentence, a figure (groups `q`, a qualifier word, and `n`) and the qualifiers' meanings, a year (group
       * 1), the words of a plan and of another body or time, and the counts read: the fact, the words right after its figure,
       * and what else must stand in the sentence
       */
      english: z
        .object({
          sentence_end: RegexSource,
          figure: RegexSource,
          qualifiers: z.record(z.string(), z.enum(['about', 'at_least', 'more_than', 'at_most', 'less_than'])),
          year: RegexSource,
          plans: z.array(RegexSource),
          others: z.array(RegexSource),
          counts: z.array(z.object({ id: Term, words: RegexSource, near: RegexSource.optional() }).strict()),
        })
        .strict(),
      continuation: z
        .object({
          totals: z.array(Term),
          bare_totals: z.array(Term),
          parts: z.array(Term),
          own_parts: z.array(Term).default([]),
          own_with_units: z.array(RegexSource).default([]),
          own_names: z.array(Term).default([]),
          wholes: z.array(RegexSource).default([]),
          part_causes: z.array(Term).default([]),
          reach_leads: z.array(Term),
          reach: z.array(Term),
          reach_alone: z.array(Term).default([]),
          plan_leads: z.array(Term),
          /** verbs of holding that reach only after an intention (12月还将安排1次) */
          plan_holds: z.array(Term).default([]),
          /** regexes of a month still to come in the year, before such an intention (12月还将安排1次) */
          plan_months: z.array(RegexSource).default([]),
          plan_times: z.array(Term),
          /** regexes of the date a stock is counted at (截至12月31日为827名): a time before what the value reached */
          stock_dates: z.array(RegexSource).default([]),
          plan_deadlines: z.array(Term),
          plan_deadline_leads: z.array(Term),
          list_next: z.array(Term),
          enumeration_end: z.array(Term),
          /** what a cue right after names the whole a share is of (占执法人员的比例), no subject the next clause goes on with */
          share_wholes: z.array(Term).default([]),
          enumeration_generic_heads: z.array(Term).default([]),
          attendance: z.array(Term).default([]),
          per_head: z.array(Term).default([]),
          verb_joins: z.array(Term).default([]),
          /** what opens a bracket right after a count listing what it takes in ((含派驻人员5名)) */
          bracket_parts: z.array(Term).default([]),
          /** what fronts a verb's object before it (对…的文件废止4件) */
          object_fronts: z.array(Term).default([]),
          occasions: z.array(RegexSource).default([]),
          batches: z.array(RegexSource).default([]),
          batch_opens: z.array(RegexSource).default([]),
          share_opens: z.array(RegexSource).default([]),
          law_name_after: z.array(RegexSource).default([]),
          target_share: z.object({ verbs: z.array(Term).min(1), scopes: z.array(Term) }).strict(),
          /** verbs of a clause saying the clause before met a requirement it quotes (达到“每年不少于6次”的要求) */
          met_requirement: z
            .object({ verbs: z.array(Term) })
            .strict()
            .default({ verbs: [] }),
          /** words that name other things than the subject (其他文件) */
          others: z.array(Term).default([]),
          /** what opens a sentence's lone clause whose verb is passive (在全面清理中被废止…): it names no subject */
          passive_leads: z.array(RegexSource).default([]),
          /** verbs of going over a stock in a total's lead (共梳理146件): it counts what was gone through */
          surveys: z.array(RegexSource).default([]),
          /** how a sentence opens that goes on from a sentence naming a subject and counting nothing (上述文件共计19件, 全年14次) */
          sentence_openers: z.array(RegexSource).default([]),
          /** words right before a subject that point back to what the clause before named (此类合同, 上述文件) */
          back_references: z.array(Term).default([]),
        })
        .strict(),
      superior_level: z
        .object({
          leads: z.array(Term),
          /** what may follow a year opening a clause, before its subject (2025年底前, 2025年6月底前, 2024年度) */
          year_suffixes: z.array(Term).default(['度']),
          department_superiors: z.array(Term).default([]),
          /** a clause opening with the superior named by its tie to the body (滘川所属地级市全市…): the superior's, at any level */
          related_superior: RegexSource.optional(),
          /** bodies outside the government opening a clause by their kind (市属国有企业…, 该院…): their figures */
          other_bodies: z
            .object({ kinds: z.array(Term).min(1), before: RegexSource, back_references: z.array(Term).default([]) })
            .strict()
            .optional(),
          bureau_place_words: z.array(Term).default([]),
          superior_organs: z.array(Term),
          not_own_after_place: z.array(Term),
          not_own_before_place: z.array(Term).default([]),
          named_areas: z
            .object({ endings: z.array(Term), bare: z.array(Term), zones: z.array(Term).default([]) })
            .strict()
            .default({ endings: [], bare: [], zones: [] }),
          other_place: z
            .object({
              endings: z.array(Term).min(1),
              stem: z.number().int().min(2),
              long_stem: z.number().int().min(2),
              long_endings: z.array(Term).min(1),
              not_endings: z.array(Term).min(1),
              one_character_names: z.array(Term).default([]),
              named_where_written: z
                .object({ endings: z.array(Term), organs: z.array(Term), bare_organs: z.array(Term).default([]) })
                .strict()
                .default({ endings: [], organs: [], bare_organs: [] }),
              not_starts: z.array(Term).min(1),
              not_in_stem: z.array(Term),
              before: z.array(RegexSource),
              between: z.array(RegexSource).default([]),
              /** in a text said after its year (Document.spokenAfter), the words naming that year as the last (去年) */
              spoken_year: z.array(RegexSource).default([]),
              /** what, right after the name, makes it the clause's topic whatever follows: a year (鹭沙市2024年行政复议案件…) */
              dated: z.array(RegexSource).default([]),
              then: z.array(Term).min(1),
              acts: z.array(Term),
              people: z.array(Term).default([]),
              /** a bureau of the named place right after its name (某县交通运输局…): in a report of that kind of bureau, that place's */
              bureaus: z.array(RegexSource).default([]),
              neighbours: z.array(RegexSource).default([]),
              /** words before a name that say it is the place as it was (原某县): compared without them */
              former: z.array(Term).default([]),
              /**
               * what tells that the report's own place was called by a name before ({former} the old name, {own} the place:
               * 某市更名为某市, 撤销某县,设立某区): a name so written is the body's own
               */
              renamed: z.array(RegexSource).default([]),
            })
            .strict(),
          other_place_note: RegexSource,
          /** a sentence opening viewing a whole place by its name (放在整个某市看,…) */
          other_place_view: RegexSource.default('(?!)'),
          other_place_view_ends: z.array(Term).default([]),
          /** a sentence opening with a back-reference naming whose the figures before it are (以上为全市情况) */
          closing_note: RegexSource.default('(?!)'),
          /** a clause ending in a label mark that says the figures after it are the departments' own (其数据为各部门自行统计:) */
          others_note: RegexSource.default('(?!)'),
          declared: z
            .object({
              clause: RegexSource,
              guide_clause: RegexSource.optional(),
              guide_bodies: RegexSource.optional(),
              separators: z.array(Term).min(1),
              organs: z.array(Term).min(1),
              not_names: RegexSource,
              short_names: z.array(Term),
              areas: z.array(Term),
            })
            .strict(),
          shared_service: RegexSource,
          /** a department's clause opening with 同期 and a place's whole (同期全县…): that place's figure beside the department's */
          department_beside: z
            .object({
              leads: z.array(Term),
              wholes: z.array(Term),
              source_note: RegexSource.default('(?!)'),
              source_lead: RegexSource.default('(?!)'),
              source_tail: RegexSource.default('(?!)'),
              shares: z.array(Term).default([]),
            })
            .strict()
            .default({ leads: [], wholes: [], source_note: '(?!)', source_lead: '(?!)', source_tail: '(?!)', shares: [] }),
          /** a department's clause opening with its place's government (区政府…): the government's, in all but a legal office's report */
          department_government: z
            .object({ places: z.array(Term), organs: z.array(Term), legal_offices: z.array(Term), sources: z.array(Term).default([]) })
            .strict()
            .default({ places: [], organs: [], legal_offices: [], sources: [] }),
          /** a department speaking of itself (我局, 分局): its clause ends a run of its superior's */
          department_own: z.array(Term).default([]),
          comparisons: z.array(Term).default([]),
          average_comparisons: z.array(Term).default([]),
          averages: z.array(Term).default([]),
          compared_beyond: z.array(Term).default([]),
          /** the nation as a whole, above every level: a clause whose subject it is tells no body's figures */
          nation: z.array(Term).default([]),
          events: z.object({ attend: z.array(Term).min(1), hold: z.array(Term).min(1), holders: z.array(Term), schools: z.array(Term).default([]) }).strict(),
          followed_documents: z
            .object({ follows: z.array(Term).min(1), issues: z.array(Term).min(1), names: z.array(Term).min(1) })
            .strict()
            .optional(),
          bodies: z.array(
            z
              .object({
                levels: z.array(z.enum(LEVELS)).min(1),
                superior: z.array(Term),
                superior_places: z.array(Term),
                own: z.array(Term),
                own_places: z.array(Term),
              })
              .strict(),
          ),
        })
        .strict(),
      subordinate_level: z
        .object({
          parts: z.array(Term).min(1),
          /** a clause opening with one of these speaks of a unit named before it (该局持证人员312名), not the body */
          referred_units: z.array(Term).default([]),
          /** …but one pointing back to an office the text last named as the body's own (管委会某某局): the body */
          own_offices: RegexSource.default('(?!)'),
          wholes: z.array(RegexSource).default([]),
          ranked: z.array(Term),
          not_name_start: z.array(Term),
          not_in_name: z.array(Term),
          not_name_end_before: z.array(Term),
          organs_after_whole: z.array(Term),
          own_acts: z.array(Term).default([]),
          not_places: z.array(Term).default([]),
          whole_leads: z.array(Term).default([]),
          coverage: z.array(Term).default([]),
          named_opening_kinds: z.array(z.enum(DOCUMENT_KINDS)).default([]),
          counted: z.array(RegexSource).default([]),
          /** in any paper, a clause whose subject is units picked as a sample (抽查的三个区…): the sample's, not the body's */
          sampled: z.array(Term).default([]),
          /** in a paper about its units, a clause opening with one of the body's departments (区市场监督管理局…) */
          departments: RegexSource.default('(?!)'),
          /** in any paper, a count of units told as a part (其余4个乡镇…, …占全县总数的…): the units', not the body's */
          counted_parts: z
            .object({ rest: z.array(Term), share: RegexSource, of_whole: RegexSource })
            .strict()
            .default({ rest: [], share: '(?!)', of_whole: '(?!)' }),
          label_marks: z.array(Term).default([]),
          head_labels: z
            .object({
              units: z.array(Term).min(1),
              posts: z.array(Term).min(1),
              own_organs: z.array(Term).default([]),
              speech: z.array(Term).default([]),
            })
            .strict()
            .optional(),
          presented: z.array(Term).default([]),
          anaphors: z.array(Term).default([]),
          anaphor_leads: z.array(Term).default([]),
          averaged: z.array(Term).default([]),
          /** a department's clause opening with the people sent down to the units under its place (下沉至…街道的): theirs */
          served_units: z.array(RegexSource).default([]),
          bodies: z.array(z.object({ levels: z.array(z.enum(LEVELS)).min(1), places: z.array(Term).min(1), together: z.array(Term).default([]) }).strict()),
        })
        .strict(),
      summed: z
        .object({
          links: z.array(Term).min(1),
          composed: z.array(Term).default([]),
          joined: z.array(Term).default([]),
          kinds: z.array(RegexSource).default([]),
          each: z.array(Term).default([]),
          agents: z.array(Term).default([]),
        })
        .strict(),
      other_period: z
        .object({
          openings: z.array(RegexSource).min(1),
          /** words that only introduce the period an opening names (回顾“十二五”时期) */
          leads: z.array(RegexSource).default([]),
          /** spans of years up to the year or near it (2021年以来, 近三年): openings that may follow the clause's subject */
          spans: z.array(RegexSource).default([]),
          /**
           * what in an opening says its period runs to the time of writing (2019年以来, 近三年来): its clauses count nothing
           * of the year, but a mechanism they say is in place is in place now
           */
          ongoing: z.array(RegexSource).default([]),
          /** the subject a clause may open with before its span or the year itself (全县2021年以来…, 县司法局近三年…) */
          subjects: z.array(RegexSource).default([]),
          /**
           * an earlier year alone after the clause's subject (全区2024年调解…, 开发区管委会2021年办理…): an opening as at the
           * clause's start, where the clause names no year of its own besides
           */
          subject_openings: z.array(RegexSource).default([]),
          /** what after a span makes it date the object of a verb (2021年以来制发的…), not the clause */
          object_dated: z.array(RegexSource).default([]),
          current: z.array(RegexSource).min(1),
          last_year: z.array(RegexSource).min(1),
          later_events: z.array(RegexSource).default([]),
          /** what anywhere in a clause says its act was done in an earlier year (已于上年办结), and in last year (已于去年…) */
          earlier_events: z.array(RegexSource).default([]),
          earlier_events_last_year: z.array(RegexSource).default([]),
          /**
           * what opens a clause telling what a report of an earlier year stated (上年报告中…, 2021年度报告所列…): an opening
           * whose run goes on to the sentence's end (the correction after it, 经核实应为41件)
           */
          reported_in: z.array(RegexSource).default([]),
          /** …and what opens one telling what last year's report stated, in the year's voice (去年报告中…): read only there */
          last_year_reported_in: z.array(RegexSource).default([]),
          /** what ends the run of a sentence opening with an earlier year: a clause planning what is to come, read for its status */
          run_ends: z.array(RegexSource).default([]),
          /** what a clause after a ";" opens with to go on totting up the period a run opened (…;累计调解矛盾纠纷1.47万件) */
          run_carries: z.array(RegexSource).default([]),
          /** what a clause opens with to turn back to the year from a sentence counting a span of years (…,全年培训…760人次) */
          span_run_ends: z.array(RegexSource).default([]),
          /** what a clause names anywhere to turn back to the year from such a sentence (…,县政府在2025年审查…) */
          span_run_ends_within: z.array(RegexSource).default([]),
          /** what a clause opens with to date its figures in a later year (截至本报告成文时(2023年3月上旬)): a run of that time */
          later_openings: z.array(RegexSource).default([]),
          /** what a clause opens with to count a part of the current year up to a month (今年1至5月): in a paper dated after its year, that later year's */
          later_this_year: z.array(RegexSource).default([]),
          parts_of_year: z.array(RegexSource).default([]),
          every_part_of_year: z.array(RegexSource).default([]),
          /** what makes the figure after it one unit's (每个执法主体配备2名, 各乡镇至少1名): no count of the body's */
          every_unit: z.array(RegexSource).default([]),
          /** a bracket right after a figure naming only the earlier year it is of (败诉1件(2021年)): no count of the year */
          dated_after: z.array(RegexSource).default([]),
          /** what makes the figure after it a mean over years (年均化解…4600余件, 平均每年): no count of the year */
          yearly_average: z.array(RegexSource).default([]),
          in_force: z.array(RegexSource).default([]),
          /** what a total missed or took in by mistake (漏计了, 误将): the figure after it corrects a count */
          miscounted: z.array(RegexSource).default([]),
          /** what a count leaves out, as far as it reaches (不包括…的复议案件18件, 除…3件外): the figures inside are none of the body's */
          excluded: z.array(RegexSource).default([]),
          left_out: z.array(RegexSource).default([]),
          share_of_whole: z.array(RegexSource).default([]),
          /** what opens a clause telling one case (如某公司…一案, 在一起…诉讼中, 该案…): its figures to the ";" are the case's */
          one_case: z.array(RegexSource).default([]),
        })
        .strict(),
      year_columns: z
        .object({
          labels: z.array(Term),
          connectors: z.array(Term).min(1),
          last_year: z.array(Term).min(1),
          this_year: z.array(Term).min(1),
          span_joins: z.array(Term).min(1),
          each_year: z.array(Term).default([]),
          /** year by year up to the year reported on, the span unnamed (逐年分别为3次、4次、5次) */
          year_by_year: z.array(Term).default([]),
          /** labels (of `labels`) that in a plan make a year's figure that year's target (2027年达到450名) */
          targets: z.array(Term).default([]),
          /** how a count ran over the years, ending the clause of its cue before the years' figures (数量逐年增长) */
          trends: z.array(RegexSource).default([]),
        })
        .strict(),
      /** 2023年…85件,2024年比上年增加12件: the year's own words opening the change's clause, the base said as the figure just given, what may stand before the comparison, the verbs that make the count smaller */
      year_change: z
        .object({
          this_year: z.array(Term).min(1),
          base_refs: z.array(Term).default([]),
          again: z.array(Term).default([]),
          less: z.array(Term).min(1),
        })
        .strict(),
      /** 新增执法记录仪60台,…总数达到412台: the words of increase before a count's subject */
      increment: z.object({ words: z.array(Term).min(1) }).strict(),
      rate_continuation: z
        .object({
          bare_rates: z.array(Term),
          scopes: z.array(Term).default([]),
          each_item: z.array(Term).default([]),
          /** a count's fact → the rate of its review (行政规范性文件12件 → its 审核率), for a rate said of each count of a list */
          count_rates: z.record(z.string(), z.string()).default({}),
        })
        .strict(),
      number_first: z
        .object({
          max_gap: z.number().int().min(0),
          /** how far a card's figure alone on its line may stand before the cue that ends its label on the next line */
          max_card_gap: z.number().int().min(0).default(0),
          whole: RegexSource,
          appositions: z.array(Term).default([]),
          posts: z.array(Term).default([]),
          max_who: z.number().int().min(0).default(0),
          max_modifier: z.number().int().min(0).default(0),
          modifier_leads: z.array(Term).default([]),
          /** what, after the noun a number counts, says it was not done to them (1项决策事项…未随议题提交): no count of the year's, but among the shortcomings a gap */
          failed: RegexSource.optional(),
          /** right after a cue: a word of degree or size and 的 (争议较大的案件): the cue describes the noun after 的, which the number counts */
          described: RegexSource.optional(),
          /** the marks that set a card's figures apart on their row and its labels on the line under it (12名 | 94名) */
          card_columns: z.array(Term).default([]),
        })
        .strict(),
      nearest_cue: z
        .object({
          measure_links: z.array(Term).min(1),
          apart: z.array(Term).default([]),
          /** a tool the body worked through (通过…备案审查系统): its name's words are no act of the clause */
          tools: z.array(RegexSource).default([]),
          heads_leads: z.array(Term).default([]),
          cell_ends: z.array(Term).default([]),
        })
        .strict(),
      peer_enumeration: z.object({ separators: z.array(Term).min(1), ends: z.array(Term), min_items: z.number().int().min(2) }).strict(),
      criteria: z
        .object({
          bounds: z.array(Term),
          compared: z.array(Term),
          scores: z.array(Term).min(1),
          units: z.array(Term),
          /** a score or weight whose share a percentage right after it is (占考核分值的5%, 权重为4%): read only by a cue naming one */
          score_words: z.array(Term).default([]),
        })
        .strict(),
    })
    .strict(),
);
export type PassTables = z.infer<typeof PassTables>;

/** rules/passes.yaml: each pass's words and examples; the passes with no words of their own only have examples. */
export const PassesFile = lazySchema(() =>
  z
    .object({
      list_sharing: PassTables.shape.list_sharing.extend({ examples: PassExamples }),
      respectively: PassTables.shape.respectively.extend({ examples: PassExamples }),
      change: PassTables.shape.change.extend({ examples: PassExamples }),
      continuation: PassTables.shape.continuation.extend({ examples: PassExamples }),
      breakdowns: PassTables.shape.breakdowns.extend({ examples: PassExamples }),
      year_to_date: PassTables.shape.year_to_date.extend({ examples: PassExamples }),
      dated_entries: PassTables.shape.dated_entries.extend({ examples: PassExamples }),
      english: PassTables.shape.english.extend({ examples: PassExamples }),
      superior_level: PassTables.shape.superior_level.extend({ examples: PassExamples }),
      subordinate_level: PassTables.shape.subordinate_level.extend({ examples: PassExamples }),
      summed: PassTables.shape.summed.extend({ examples: PassExamples }),
      other_period: PassTables.shape.other_period.extend({ examples: PassExamples }),
      year_columns: PassTables.shape.year_columns.extend({ examples: PassExamples }),
      year_change: PassTables.shape.year_change.extend({ examples: PassExamples }),
      increment: PassTables.shape.increment.extend({ examples: PassExamples }),
      rate_continuation: PassTables.shape.rate_continuation.extend({ examples: PassExamples }),
      peer_enumeration: PassTables.shape.peer_enumeration.extend({ examples: PassExamples }),
      number_first: PassTables.shape.number_first.extend({ examples: PassExamples }),
      nearest_cue: PassTables.shape.nearest_cue.extend({ examples: PassExamples }),
      criteria: PassTables.shape.criteria.extend({ examples: PassExamples }),
      /**
       * task_headings: the verbs opening an item's heading that names its task; exceptions: regexes of an exception up to the
       * universal word it limits (除…外均); double_negatives (rules/passes.yaml implied)
       */
      implied: z
        .object({
          task_headings: z.array(Term).default([]),
          exceptions: z.array(RegexSource).default([]),
          /** a double negative (pattern) and the universal it means (as): 无一不 → 均 */
          double_negatives: z.array(z.object({ pattern: RegexSource, as: Term }).strict()).default([]),
          /** a label's colon right before a worded value (述法:全覆盖): the sentence is read again without it */
          label_colons: z.array(RegexSource).default([]),
          /** words whose tail begins a universal's word (平均, 安全部): a pattern's match that opens inside one states nothing */
          compounds: z.array(Term).default([]),
          /** wordings that state none: regexes whose {acts} stands for an entry's `zero_acts` (rules/facts.yaml) */
          stated_zeros: z.array(RegexSource.refine((source) => source.includes(ZERO_ACTS), { message: `须含 ${ZERO_ACTS}` })).default([]),
          examples: PassExamples,
        })
        .strict(),
      /** the acts are each entry's own (rules/facts.yaml `gross`): the section only has examples */
      gross_figures: z.object({ examples: PassExamples }).strict(),
      /** blanks: a figure left for the drafter to fill in (××%, 〔 〕%): a rate so written is not derived */
      /**
       * shares: a rate from a whole and its part written as one phrase (55件中有7件被依法纠正): per rate, the acts of the
       * part that name it; one_person: a part's clause saying one person did it (县长出庭应诉2件), less than the whole
       * only a bound of the rate (the others' heads may have done the rest)
       */
      derivation: z
        .object({
          blanks: z.array(RegexSource).default([]),
          shares: z.array(z.object({ id: z.string(), acts: z.array(Term).min(1) }).strict()).default([]),
          one_person: z.array(RegexSource).default([]),
          examples: PassExamples,
        })
        .strict(),
    })
    .strict(),
);

/** One example sentence, where it is written (for `facts test`). */
export const ExampleCase = lazySchema(() =>
  z.object({
    fact: z.string(),
    /** the frame it belongs to; null for an entry's own examples */
    frame: z.string().nullable(),
    /** the pass it belongs to (a section of rules/passes.yaml) */
    pass: z.string().optional(),
    /** the level of the report the sentence is read as (default city) */
    level: z.enum(LEVELS).optional(),
    /** the kind of document it is read as (default annual_report) */
    kind: z.enum(DOCUMENT_KINDS).optional(),
    expected: z.enum(['pass', 'fail']),
    text: z.string(),
    value: z.union([z.number(), z.literal(true)]).optional(),
    origin: z.object({ file: z.string(), line: z.number(), column: z.number() }),
  }),
);
export type ExampleCase = z.infer<typeof ExampleCase>;

export const LexiconSchema = lazySchema(() =>
  z.object({
    context: z.array(z.string()),
    negators: z.array(z.string()),
    negationLinks: z.array(z.string()),
    deniedActs: z.array(z.string()),
    notActsAfter: z.array(z.string()),
    notActsBefore: z.array(z.string()),
    reviewedBefore: z.array(z.string()),
    objectModifiers: z.array(z.string()),
    setPhrases: z.array(z.string()),
    rangeJoins: z.array(z.string()),
    upperBounds: z.object({ words: z.array(z.string()), measures: z.array(z.string()) }),
    sayings: z.array(z.string()),
    listCounts: z.array(z.string()),
    slogans: z.array(z.string()),
    asides: z.array(z.string()),
    countedParts: z.array(z.string()),
    facts: z.array(FactEntry),
    derive: z.array(Derivation),
    /** a rate's figure left blank for the drafter (rules/passes.yaml derivation.blanks) */
    blankFigures: z.array(z.string()),
    /** the rates read from a whole and its part, by the part's acts (rules/passes.yaml derivation.shares) */
    shares: z.array(z.object({ id: z.string(), acts: z.array(z.string()) })),
    /** a part's clause saying one person did it (县长出庭应诉2件): a rate of it only where it is the whole (rules/passes.yaml derivation.one_person) */
    onePerson: z.array(z.string()).default([]),
    /** the verbs opening an item's heading that names its task (rules/passes.yaml implied.task_headings) */
    taskHeadings: z.array(z.string()),
    /** an exception up to the universal word it limits (除…外均): regexes (rules/passes.yaml implied.exceptions) */
    impliedExceptions: z.array(z.string()),
    /** a double negative and the universal it means (rules/passes.yaml implied.double_negatives) */
    impliedDoubleNegatives: z.array(z.object({ pattern: z.string(), as: z.string() })),
    /** a label's colon right before a worded value (rules/passes.yaml implied.label_colons) */
    impliedLabelColons: z.array(z.string()),
    /** words whose tail begins a universal's word (rules/passes.yaml implied.compounds) */
    impliedCompounds: z.array(z.string()),
    status: StatusFile,
    /** the word tables of the passes (rules/passes.yaml) */
    passes: PassTables,
    examples: z.array(ExampleCase),
    /** presence facts read from cue words (rules/presence.yaml, and those a tailoring adds) */
    presence: z.array(PresenceEntry),
  }),
);
export type Lexicon = z.infer<typeof LexiconSchema>;

export const FACTS_FILE = 'facts.yaml';
export const STATUS_FILE = 'status.yaml';
export const PASSES_FILE = 'passes.yaml';

const cache = new Map<string, Promise<Lexicon>>();

/** Reads and validates the lexicon in `dir`, once per process and directory (the package's own through the disk cache). */
export function loadLexicon(dir: string = rulesDir): Promise<Lexicon> {
  const key = path.resolve(dir);
  let pending = cache.get(key);
  if (!pending) {
    pending = key === rulesDir ? cachedLexicon(key) : readLexicon(key);
    // a failed load is not cached: the user may fix the file and retry in the same process (tests)
    pending.catch(() => cache.delete(key));
    cache.set(key, pending);
  }
  return pending;
}

/**
 * The package's lexicon through the disk cache, its examples in an entry of their own that is read on first
 * use: they are two thirds of the lexicon's bytes, and deserialising them was about 3% of a cold check, which
 * reads none of them (only `facts test` and the tests do).
 */
function cachedLexicon(dir: string): Promise<Lexicon> {
  const spec = (slot: string): CacheSpec => ({
    slot,
    inputs: [FACTS_FILE, STATUS_FILE, PRESENCE_FILE, PASSES_FILE].map((f) => path.join(dir, f)),
    code: [import.meta.dirname],
  });
  // the examples of a lexicon this process read (a miss): kept in their entry when first asked for
  let read: ExampleCase[] | undefined;
  return cached(spec('lexicon'), async () => {
    const { examples, ...rest } = await readLexicon(dir);
    read = examples;
    return rest;
  }).then((rest) => examplesOnUse(rest, () => cachedSync(spec('lexicon-examples'), () => read ?? readLexiconSync(dir).examples)));
}

/**
 * The lexicon with its examples read when first asked for (a property that copies of the lexicon keep as it is:
 * withPresence).
 */
function examplesOnUse(rest: Omit<Lexicon, 'examples'>, load: () => ExampleCase[]): Lexicon {
  let examples: ExampleCase[] | undefined;
  return Object.defineProperty(rest, 'examples', { get: () => (examples ??= load()), enumerable: true, configurable: true }) as Lexicon;
}

/** The lexicon in `dir`; its first problem, if any, as a UserError at file:line:col. */
async function readLexicon(dir: string): Promise<Lexicon> {
  const { lexicon, problems } = await lintLexicon(dir);
  return valueOrFirstProblem('事实词表有误', lexicon, problems, dir, true);
}

/** readLexicon, reading the files synchronously. */
function readLexiconSync(dir: string): Lexicon {
  const { lexicon, problems } = lexiconOf([
    readCheckedSync(path.join(dir, FACTS_FILE), FactsFile),
    readCheckedSync(path.join(dir, STATUS_FILE), StatusFile),
    readCheckedSync(path.join(dir, PRESENCE_FILE), PresenceFile),
    readCheckedSync(path.join(dir, PASSES_FILE), PassesFile),
  ]);
  return valueOrFirstProblem('事实词表有误', lexicon, problems, dir, true);
}

/** The lexicon in `dir` and every problem of its files at once (file:line:col), like a linter. */
export async function lintLexicon(dir: string = rulesDir): Promise<{ lexicon: Lexicon | null; problems: Problem[] }> {
  const files = await Promise.all([
    readChecked(path.join(dir, FACTS_FILE), FactsFile),
    readChecked(path.join(dir, STATUS_FILE), StatusFile),
    readChecked(path.join(dir, PRESENCE_FILE), PresenceFile),
    readChecked(path.join(dir, PASSES_FILE), PassesFile),
  ]);
  return lexiconOf(files);
}

/** lintLexicon of the files as read. */
function lexiconOf([facts, status, presence, passes]: readonly [
  Checked<typeof FactsFile>,
  Checked<typeof StatusFile>,
  Checked<typeof PresenceFile>,
  Checked<typeof PassesFile>,
]): { lexicon: Lexicon | null; problems: Problem[] } {
  const problems = [...facts.problems, ...status.problems, ...presence.problems, ...passes.problems];
  if (!facts.data || !status.data || !facts.source || !presence.data || !presence.source || !passes.data || !passes.source) return { lexicon: null, problems };
  const passesSource = passes.source;
  const presenceSource = presence.source;
  const { data, source } = facts;
  const at = (where: PathKey[], message: string): void => void problems.push(problemAt(source, where, message));
  const known = new Set<string>();
  data.facts.forEach((entry, i) => {
    if (known.has(entry.id)) at(['facts', i, 'id'], `事实 id 重复:${entry.id}`);
    known.add(entry.id);
    if (entry.shape !== 'presence' && entry.cues.length === 0 && entry.implied.length === 0 && entry.frames.length === 0) {
      at(['facts', i], `事实 ${entry.id} 既没有 cues、frames 也没有 implied,无法识别`);
    }
    entry.confirmed_despite.forEach((word, k) => {
      if (!entry.exclude.includes(word)) at(['facts', i, 'confirmed_despite', k], `${word} 不在事实 ${entry.id} 的 exclude 中`);
    });
    entry.qualified_despite.forEach((word, k) => {
      if (!entry.exclude.includes(word)) at(['facts', i, 'qualified_despite', k], `${word} 不在事实 ${entry.id} 的 exclude 中`);
    });
    entry.frames.forEach((frame, k) => {
      const unknown = frame.measure.filter((m) => !isUnit(m));
      if (unknown.length > 0) at(['facts', i, 'frames', k, 'measure'], `框架 ${frame.name} 的量词 ${unknown.join('、')} 不是可识别的计量单位`);
    });
  });
  presence.data.facts.forEach((entry, i) => {
    if (known.has(entry.id)) problems.push(problemAt(presenceSource, ['facts', i, 'id'], `事实 id 重复:${entry.id}`));
    known.add(entry.id);
  });
  data.facts.forEach((entry, i) => {
    entry.part_of.forEach((whole, k) => {
      if (!known.has(whole)) at(['facts', i, 'part_of', k], `未定义的事实 id:${whole}`);
    });
  });
  data.derive.forEach((d, i) => {
    for (const field of ['id', 'numerator', 'denominator'] as const) {
      if (!known.has(d[field])) at(['derive', i, field], `未定义的事实 id:${d[field]}`);
    }
  });
  passes.data.derivation.shares.forEach((share, i) => {
    if (!known.has(share.id)) problems.push(problemAt(passesSource, ['derivation', 'shares', i, 'id'], `未定义的事实 id:${share.id}`));
  });
  passes.data.english.counts.forEach((count, i) => {
    if (!known.has(count.id)) problems.push(problemAt(passesSource, ['english', 'counts', i, 'id'], `未定义的事实 id:${count.id}`));
  });
  for (const [count, rate] of Object.entries(passes.data.rate_continuation.count_rates)) {
    for (const id of [count, rate]) {
      if (!known.has(id)) problems.push(problemAt(passesSource, ['rate_continuation', 'count_rates', count], `未定义的事实 id:${id}`));
    }
  }
  // the sections of rules/facts.yaml that carry examples of a pass's shape, which no one pass reads
  const factsSections = { asides: data.asides, counted_parts: data.counted_parts };
  for (const [sections, sectionsSource] of [
    [passes.data, passesSource],
    [factsSections, source],
  ] as const) {
    // every section carries examples of one shape: named, as the sections' types differ too much for entries to infer one
    for (const [name, section] of Object.entries(sections) as [string, { examples: Record<'pass' | 'fail', readonly { fact: string }[]> }][]) {
      for (const expected of ['pass', 'fail'] as const) {
        section.examples[expected].forEach((example, k) => {
          if (!known.has(example.fact)) problems.push(problemAt(sectionsSource, [name, 'examples', expected, k, 'fact'], `未定义的事实 id:${example.fact}`));
        });
      }
    }
  }
  const { implied: _implied, derivation: _derivation, gross_figures: _grossFigures, ...sections } = passes.data;
  const statedZeros = passes.data.implied.stated_zeros;
  const tables = Object.fromEntries(Object.entries(sections).map(([name, { examples: _examples, ...words }]) => [name, words])) as PassTables;
  const lexicon: Lexicon = {
    context: data.context,
    negators: data.negators,
    negationLinks: data.negation_links,
    deniedActs: data.denied_acts,
    notActsAfter: data.not_acts_after,
    notActsBefore: data.not_acts_before,
    reviewedBefore: data.reviewed_before,
    objectModifiers: data.object_modifiers,
    setPhrases: data.set_phrases,
    rangeJoins: data.range_joins,
    upperBounds: data.upper_bounds,
    sayings: data.sayings,
    listCounts: data.list_counts,
    slogans: data.slogans,
    asides: data.asides.patterns,
    countedParts: data.counted_parts.words,
    facts: data.facts.map((e) => ({
      ...e,
      units: e.units.length > 0 ? e.units : e.unit ? [e.unit] : [],
      implied: e.zero_acts.length > 0 ? [...e.implied, ...statedZeros.map((t) => statedZero(t, e.zero_acts))] : e.implied,
    })),
    derive: data.derive,
    blankFigures: passes.data.derivation.blanks,
    shares: passes.data.derivation.shares,
    onePerson: passes.data.derivation.one_person,
    taskHeadings: passes.data.implied.task_headings,
    impliedExceptions: passes.data.implied.exceptions,
    impliedDoubleNegatives: passes.data.implied.double_negatives,
    impliedLabelColons: passes.data.implied.label_colons,
    impliedCompounds: passes.data.implied.compounds,
    status: status.data,
    passes: tables,
    examples: [...examplesOf(data.facts, source), ...casesOf(factsSections, source, false), ...casesOf(passes.data, passesSource, true)],
    presence: presence.data.facts,
  };
  return { lexicon, problems };
}

/** Where a stated zero's pattern takes an entry's acts (rules/passes.yaml implied.stated_zeros). */
const ZERO_ACTS = '{acts}';

/** The implied pattern stating 0 when one of `acts` is denied, as `template` frames a denial. */
function statedZero(template: string, acts: readonly string[]): FactEntry['implied'][number] {
  const pattern = template.replace(ZERO_ACTS, `(?:${acts.join('|')})`);
  return { pattern, value: 0, groups: requiredGroups(impliedRegex(pattern)) };
}

function examplesOf(facts: FactEntry[], source: YamlSource): ExampleCase[] {
  const out: ExampleCase[] = [];
  const add = (fact: string, frame: string | null, examples: z.infer<typeof Examples>, base: PathKey[]): void => {
    examples.pass.forEach((example, k) => {
      const text = typeof example === 'string' ? example : example.text;
      const origin = originAt(source, [...base, 'examples', 'pass', k]);
      out.push({ fact, frame, expected: 'pass', text, ...(typeof example === 'string' ? {} : { value: example.value }), origin });
    });
    examples.fail.forEach((text, k) => {
      out.push({ fact, frame, expected: 'fail', text, origin: originAt(source, [...base, 'examples', 'fail', k]) });
    });
  };
  facts.forEach((entry, i) => {
    add(entry.id, null, entry.examples, ['facts', i]);
    entry.frames.forEach((frame, k) => add(entry.id, frame.name, frame.examples, ['facts', i, 'frames', k]));
  });
  return out;
}

/**
 * The examples of the sections of a file (the passes of rules/passes.yaml, each example with its pass's
 * name when `arePasses`; the asides and counted parts of rules/facts.yaml, which no one pass reads).
 */
function casesOf(sections: Record<string, { examples: z.infer<typeof PassExamples> }>, source: YamlSource, arePasses: boolean): ExampleCase[] {
  return Object.entries(sections).flatMap(([name, { examples }]) =>
    (['pass', 'fail'] as const).flatMap((expected) =>
      examples[expected].map(({ text, fact, value, level, kind }, k) => {
        return {
          fact,
          frame: null,
          ...(arePasses ? { pass: name } : {}),
          expected,
          text,
          ...(value === undefined ? {} : { value }),
          ...(level === undefined ? {} : { level }),
          ...(kind === undefined ? {} : { kind }),
          origin: originAt(source, [name, 'examples', expected, k]),
        };
      }),
    ),
  );
}

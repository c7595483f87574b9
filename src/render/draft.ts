import type { AreaScore, Result, Scorecard } from '../engine/schema.js';
import type { Section } from '../document/types.js';
import type { Catalogue } from '../catalogue/index.js';
import { GAP_STATUSES, isGap, lostPoints } from './labels.js';
import { ADMITTED_MARK } from '../engine/display.js';

/**
 * The 不足 section and its mirrored 下一年度 section, drafted the way these reports are
 * written: a numbered heading placed after the achievements, a concession-and-comparison
 * opening, 3–5 items (一)(二)… grouped by the 一级 areas that lost most points, each naming
 * concrete gaps. Every number in the draft comes from the results (found values, thresholds)
 * or the report year: nothing is invented.
 */

export interface IndicatorWording {
  /** how the 不足 draft names the gap */
  gap?: string;
  /** how the 下一年度 plan names the remedy */
  remedy?: string;
}
export type WordingLookup = (indicatorId: string) => IndicatorWording | undefined;

/** Gap and remedy wording are written per indicator in the catalogue; look them up by id. */
export function wordingFromCatalogue(catalogue: Pick<Catalogue, 'indicators'>): WordingLookup {
  const byId = new Map(catalogue.indicators.map((indicator) => [indicator.id, { gap: indicator.gap, remedy: indicator.remedy }]));
  return (id) => byId.get(id);
}

export interface DraftItem {
  /** the first sentence, with its ordinal: (一)重大行政决策……方面仍有差距。 */
  lead: string;
  body: string;
}

export interface Draft {
  title: string;
  shortcomings: { heading: string; opening: string; items: DraftItem[]; causes: string };
  plans: { heading: string; opening: string; items: DraftItem[] };
}

export interface DraftInput {
  scorecard: Scorecard;
  /** the report's sections, to number the headings as the report does */
  sections?: readonly Pick<Section, 'depth' | 'kind'>[];
  wording?: WordingLookup;
}

const MAX_ITEMS = 5;
const MAX_GAPS_PER_ITEM = 3;

export function buildDraft({ scorecard, sections = [], wording = () => undefined }: DraftInput): Draft {
  const { document } = scorecard;
  const we = selfReference(document.place, document.level);
  const numbers = headingNumbers(sections);
  const areas = areasLosingMost(scorecard);
  const yearPrefix = document.year === null ? '本年度' : `${document.year}年`;

  const items = areas.map((area, index): DraftItem => {
    const gaps = gapsOf(scorecard, area.id).slice(0, MAX_GAPS_PER_ITEM);
    const shown = gaps.map((r) => gapClause(r, wording(r.indicator) ?? wordingOnResult(r)));
    return {
      lead: `${ordinal(index)}${area.title}方面${deficitPredicate(area, gaps)}。`,
      body: `${enumerateClauses(shown)}。`,
    };
  });

  const plans = areas.map((area, index): DraftItem => {
    const gaps = gapsOf(scorecard, area.id).slice(0, MAX_GAPS_PER_ITEM);
    const remedies = gaps.map((r) => remedyClause(r, wording(r.indicator) ?? wordingOnResult(r)));
    const [focus, aim] = PLAN_LEADS[index % PLAN_LEADS.length]!;
    return { lead: `${ordinal(index)}${focus}${area.title},${aim}。`, body: `${enumerateClauses(remedies)}。` };
  });

  const opening =
    items.length > 0
      ? `${yearPrefix},${we}法治政府建设取得了新的进展,但对照《市县法治政府建设示范指标体系》逐项检视,与上级要求和人民群众期待相比,仍存在一些短板和不足,主要表现在:`
      : `${yearPrefix},${we}对照《市县法治政府建设示范指标体系》逐项检视,各项指标总体落实到位,但与人民群众期待相比仍有提升空间。`;

  return {
    title: `${document.place ?? ''}${document.year === null ? '' : `${document.year}年`}法治政府建设情况报告(不足与下一年度安排部分)`,
    shortcomings: {
      heading: `${chineseNumber(numbers.shortcomings)}、存在的不足和原因`,
      opening,
      items,
      causes:
        items.length > 0
          ? '上述问题的产生,既有思想认识方面的原因,也有工作机制和力量保障方面的原因:个别单位对法治政府建设的重要性认识不够到位,统筹推进力度不够;法治工作队伍力量相对薄弱,专业化水平有待提升;部分工作的过程记录和数据统计不够系统,相关成效未能得到充分体现。'
          : '',
    },
    plans: {
      heading: `${chineseNumber(numbers.plans)}、下一年度推进法治政府建设的主要安排`,
      opening:
        items.length > 0
          ? `下一年度,${we}将坚持以习近平法治思想为指导,针对上述短板和不足,对标对表示范指标体系,重点抓好以下工作:`
          : `下一年度,${we}将坚持以习近平法治思想为指导,对标对表示范指标体系,巩固已有成效,持续推进法治政府建设。`,
      items: plans,
    },
  };
}

/** Markdown for editors: the two sections, ready to paste into the report. */
export function renderDraftMarkdown(draft: Draft): string {
  const block = (heading: string, opening: string, items: DraftItem[], closing = '') =>
    [`## ${heading}`, '', opening, '', ...items.flatMap((item) => [`**${item.lead}**${item.body}`, '']), ...(closing ? [closing, ''] : [])];
  return [
    `# ${draft.title}`,
    '',
    `> 草稿:由 duibiao 依据核查结果生成,列出失分最多的方面(每方面至多 ${MAX_GAPS_PER_ITEM} 项),数字均取自报告原文和指标门槛;完整差距见核查报告。请结合本地实际修改后使用。`,
    '',
    ...block(draft.shortcomings.heading, draft.shortcomings.opening, draft.shortcomings.items, draft.shortcomings.causes),
    ...block(draft.plans.heading, draft.plans.opening, draft.plans.items),
  ].join('\n');
}

/** Areas with lost points, most lost first (then lowest 得分率), at most five. */
function areasLosingMost(scorecard: Scorecard): AreaScore[] {
  return scorecard.areas
    .filter((area) => gapsOf(scorecard, area.id).length > 0)
    .sort((a, b) => lostPoints(b) - lostPoints(a) || (a.rate ?? 100) - (b.rate ?? 100))
    .slice(0, MAX_ITEMS);
}

/** An area's gaps: unmet first, then partial, then unevidenced; bigger losses first. */
function gapsOf(scorecard: Scorecard, areaId: string): Result[] {
  return scorecard.results
    .filter((r) => r.area === areaId && isGap(r))
    .sort((a, b) => GAP_STATUSES.indexOf(a.status) - GAP_STATUSES.indexOf(b.status) || b.points - b.earned - (a.points - a.earned));
}

/** Gap and remedy wording if the engine carries it on the Result (an additive schema field). */
function wordingOnResult(result: Result): IndicatorWording {
  const extra = result as Result & IndicatorWording;
  return { gap: extra.gap, remedy: extra.remedy };
}

/**
 * One gap in the office's own voice. Where the report is silent the catalogue's wording says
 * it all (an office never writes "报告未见数据" about itself); where it states a value, the
 * value and the requirement are named.
 */
function gapClause(result: Result, wording: IndicatorWording): string {
  const gap = stripEnd(wording.gap ?? `${result.title}工作落实不到位`);
  const value = result.found?.replace(ADMITTED_MARK, '');
  if (!value || !/\d/.test(value) || result.status === 'no_evidence') return gap;
  const requirement = result.threshold ? requirementProse(result.threshold, value) : null;
  return `${gap},目前为${value}${requirement ? `,与${requirement}的要求尚有差距` : ''}`;
}

function remedyClause(result: Result, wording: IndicatorWording): string {
  return stripEnd(wording.remedy ?? `抓好${result.title}工作`);
}

/** ≥100% (80%起部分得分) → 不低于100%; ≥2期 → 不少于2期. The partial band is scoring detail, left out. */
export function requirementProse(threshold: string, found?: string | null): string {
  const bare = threshold.replace(/\s*[((][^()()]*[))]\s*$/, '').trim();
  // count thresholds are written without a unit (≥2); borrow the unit of the value found (1期)
  const unit = /^[\d.]+\s*(%|学时|[件项名人次期台个份场])/.exec(found ?? '')?.[1];
  const core = unit && /\d$/.test(bare) ? `${bare}${unit}` : bare;
  const match = /^(≥|>=|>|≤|<=|<|==|=)\s*(.+)$/.exec(core);
  if (!match) return core;
  const [, op, rest = ''] = match;
  const isRate = rest.includes('%');
  switch (op) {
    case '≥':
    case '>=':
      return `${isRate ? '不低于' : '不少于'}${rest}`;
    case '>':
      return `${isRate ? '高于' : '多于'}${rest}`;
    case '≤':
    case '<=':
      return `不超过${rest}`;
    case '<':
      return `低于${rest}`;
    default:
      return `达到${rest}`;
  }
}

/** Measured predicates, harder where the area lost more; softer where the report is only silent. */
function deficitPredicate(area: AreaScore, gaps: readonly Result[]): string {
  if (gaps.every((r) => r.status === 'no_evidence')) return '工作开展和成效体现还不够充分';
  const rate = area.rate ?? 0;
  if (rate < 50) return '还存在明显短板';
  if (rate < 75) return '与示范标准相比仍有差距';
  return '还有进一步提升的空间';
}

/** Varied openings for the plan items, so five items do not read as one template. */
const PLAN_LEADS: ReadonlyArray<readonly [string, string]> = [
  ['聚焦', '着力补齐短板'],
  ['围绕', '持续提升工作质效'],
  ['紧扣', '狠抓工作落实'],
  ['对标', '健全长效机制'],
  ['着眼', '推动工作提质增效'],
];

function enumerateClauses(clauses: string[]): string {
  return clauses.length <= 1 ? (clauses[0] ?? '') : clauses.map((c, i) => `${chineseOrdinalIs(i)}${c}`).join(';');
}

/** 一是 / 二是 inside an item when it names several gaps. */
function chineseOrdinalIs(index: number): string {
  return `${chineseNumber(index + 1)}是`;
}

function ordinal(index: number): string {
  return `(${chineseNumber(index + 1)})`;
}

function stripEnd(text: string): string {
  return text.trim().replace(/[。;;,,]+$/, '');
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (headings never go beyond 99). */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${units ? DIGITS[units] : ''}`;
}

/**
 * Where the two sections go in this report: where it already has them, else right after the
 * achievements and responsibility sections (before any plans section).
 */
export function headingNumbers(sections: readonly Pick<Section, 'depth' | 'kind'>[]): { shortcomings: number; plans: number } {
  const top = sections.filter((s) => s.depth === 1);
  const shortcomings = top.findIndex((s) => s.kind === 'shortcomings');
  const plans = top.findIndex((s) => s.kind === 'plans');
  if (shortcomings >= 0) return { shortcomings: shortcomings + 1, plans: plans > shortcomings ? plans + 1 : shortcomings + 2 };
  if (plans >= 0) return { shortcomings: plans + 1, plans: plans + 2 };
  const before = top.filter((s) => s.kind === 'achievements' || s.kind === 'responsibility').length;
  const at = Math.max(before, 1) + 1;
  return { shortcomings: at, plans: at + 1 };
}

/** 我区 / 我县 / 我市…: how an office names its own place. */
function selfReference(place: string | null, level: Scorecard['document']['level']): string {
  const suffix = place ? /(街道|区|县|市|旗|镇|乡|省)$/.exec(place)?.[1] : undefined;
  if (suffix) return `我${suffix}`;
  const byLevel: Record<Scorecard['document']['level'], string> = {
    province: '我省',
    city: '我市',
    county: '我县',
    district: '我区',
    street: '我街道',
    township: '我镇',
    department: '我单位',
    unknown: '我们',
  };
  return byLevel[level];
}

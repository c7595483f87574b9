import { promises as fs } from 'node:fs';
import path from 'node:path';
import { indicatorsDir } from '../paths.js';
import { partialBandProblem, rateBoundProblems } from './bands.js';
import type { z } from 'zod';
import { EditionFile, Indicator, IndicatorFile, IndicatorId, IndicatorOverride, Tailoring, Waiver, type Area, type Check } from './schema.js';
import type { PresenceEntry } from '../facts/presence-schema.js';
import type { Catalogue, CatalogueOptions, ExpiredWaiver, WaiverInForce } from './types.js';
import { displayPath, originAt, problemAt, readYaml, schemaProblems, type PathKey, type Problem, type YamlSource } from './yaml-file.js';

/** How many tailoring files may be stacked; deeper chains are surely a mistake. */
const MAX_TAILORING_CHAIN = 16;

/** Where a value is written: enough to point a problem at it later. */
interface Located {
  source: YamlSource;
  path: PathKey[];
}

interface Placed {
  indicator: Indicator;
  edition: string;
  at: Located;
}

interface LoadedTailoring {
  file: string;
  given: string;
  source: YamlSource;
  tailoring: Tailoring;
}

/**
 * Builds the catalogue and collects every problem on the way. The catalogue is null only when
 * nothing sensible can be built (no edition); otherwise it is built around the problems.
 */
export async function buildCatalogue(options: CatalogueOptions): Promise<{ catalogue: Catalogue | null; problems: Problem[] }> {
  const root = options.root ?? indicatorsDir;
  const problems: Problem[] = [];
  const report = (at: Located, message: string, atKey = false): void => {
    problems.push(problemAt(at.source, at.path, message, atKey));
  };
  const rates = options.rateFactIds ?? new Set<string>();

  const chain = options.tailoring ? await loadTailoringChain(options.tailoring, root, problems) : { tailorings: [], edition: options.edition };
  const edition = chain.edition;
  if (edition === null) return { catalogue: null, problems: sortProblems(problems) };

  const editionData = await loadEdition(root, edition, problems);
  if (!editionData) return { catalogue: null, problems: sortProblems(problems) };
  const { editionFile, editionSource, placed: ownIndicators } = editionData;

  // groups → area, checking that group ids are unique across areas
  const areaOfGroup = new Map<string, string>();
  editionFile.areas.forEach((area, a) =>
    area.groups.forEach((group, g) => {
      if (areaOfGroup.has(group.id)) {
        report({ source: editionSource, path: ['areas', a, 'groups', g, 'id'] }, `二级指标编号 '${group.id}' 重复`);
      }
      areaOfGroup.set(group.id, area.id);
    }),
  );

  const indicators = new Map<string, Placed>();
  const place = (entry: Placed, what: string): void => {
    const previous = indicators.get(entry.indicator.id);
    if (previous) {
      const first = problemAt(previous.at.source, [...previous.at.path, 'id'], '');
      report(
        { source: entry.at.source, path: [...entry.at.path, 'id'] },
        `${what}编号 '${entry.indicator.id}' 重复(首次出现在 ${first.file}:${first.line}:${first.column})`,
      );
      return;
    }
    if (!areaOfGroup.has(entry.indicator.group)) {
      report(
        { source: entry.at.source, path: [...entry.at.path, 'group'] },
        `未知的二级指标编号 '${entry.indicator.group}'(应为 ${editionData.editionFileName} 中 areas 下的某个 groups.id)`,
      );
      return;
    }
    for (const { path, message } of rateBoundProblems(entry.indicator.check, rates)) {
      report({ source: entry.at.source, path: [...entry.at.path, 'check', ...path] }, message);
    }
    indicators.set(entry.indicator.id, entry);
  };
  for (const entry of ownIndicators) place(entry, '指标');

  // reuse: the indicator as the other edition writes it, placed in one of this edition's groups
  const otherEditions = new Map<string, Map<string, Placed> | null>();
  for (const [r, reuse] of (editionFile.reuse ?? []).entries()) {
    const at: Located = { source: editionSource, path: ['reuse', r] };
    if (reuse.from === edition) {
      report({ ...at, path: [...at.path, 'from'] }, 'reuse 不能引用本版本自身的指标');
      continue;
    }
    if (!otherEditions.has(reuse.from)) otherEditions.set(reuse.from, await loadEditionIndicators(root, reuse.from));
    const other = otherEditions.get(reuse.from);
    if (!other) {
      report({ ...at, path: [...at.path, 'from'] }, `未知的指标体系版本 '${reuse.from}'(或该版本的指标文件有错误,请先单独检查)`);
      continue;
    }
    const original = other.get(reuse.id);
    if (!original) {
      report({ ...at, path: [...at.path, 'id'] }, `${reuse.from} 年版中没有编号为 '${reuse.id}' 的指标`);
      continue;
    }
    place({ indicator: { ...original.indicator, group: reuse.group }, edition: reuse.from, at }, '复用指标');
  }

  for (const entry of indicators.values()) {
    const band = partialBandProblem(entry.indicator.check);
    if (band) report({ ...entry.at, path: [...entry.at.path, 'check', band.field] }, band.message);
  }

  const waivers: Array<{ waiver: WaiverInForce; at: Located }> = [];
  for (const { given, source, tailoring } of chain.tailorings) {
    applyTailoring(tailoring, source, given, { indicators, place, report, waivers, rates });
  }

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const inForce: WaiverInForce[] = [];
  const expiredWaivers: ExpiredWaiver[] = [];
  for (const { waiver } of waivers) {
    if (waiver.expires !== undefined && waiver.expires < today) expiredWaivers.push({ id: waiver.id, reason: waiver.reason, expires: waiver.expires });
    else inForce.push(waiver);
  }

  // cue phrases an indicator gives itself (a tailoring's own indicator) become a presence fact
  const presence: PresenceEntry[] = [];
  for (const entry of indicators.values()) {
    const { check } = entry.indicator;
    if (check.type !== 'presence' || !check.cues) continue;
    const id = ownPresenceFactId(entry.indicator.id);
    presence.push({ id, mentions: check.cues });
    const { cues: _cues, ...rest } = check;
    const resolved: Check = rest.fact === undefined ? { ...rest, fact: id } : { ...rest, alsoMetBy: [...(rest.alsoMetBy ?? []), { fact: id }] };
    entry.indicator = { ...entry.indicator, check: resolved };
  }

  if (options.factIds) {
    const known = new Set([...options.factIds, ...presence.map((p) => p.id)]);
    for (const entry of indicators.values()) {
      const { check } = entry.indicator;
      const named: Array<{ fact: string | undefined; path: PathKey[] }> = [
        { fact: check.fact, path: ['check', 'fact'] },
        { fact: 'mention' in check ? check.mention : undefined, path: ['check', 'mention'] },
        ...(check.alsoMetBy ?? []).map((i, k) => ({ fact: i.fact, path: ['check', 'alsoMetBy', k, 'fact'] })),
      ];
      for (const { fact, path } of named) {
        if (fact !== undefined && !known.has(fact)) {
          report({ ...entry.at, path: [...entry.at.path, ...path] }, `未知的事实编号 '${fact}'(见 rules/ 中的词表与 spec/facts.md)`);
        }
      }
    }
  }

  const catalogue: Catalogue = {
    edition,
    title: editionFile.title,
    tailoring: options.tailoring ?? null,
    areas: editionFile.areas,
    indicators: orderByGroups(editionFile.areas, [...indicators.values()]).map(({ indicator, edition: origin, at }) => {
      return { ...indicator, area: areaOfGroup.get(indicator.group)!, edition: origin, origin: originAt(at.source, at.path) };
    }),
    waivers: inForce,
    expiredWaivers,
    presence,
  };
  return { catalogue, problems: sortProblems(problems) };
}

/** File by file, top to bottom, the way a reader fixes them; files in the order they were read. */
function sortProblems(problems: Problem[]): Problem[] {
  const fileOrder = new Map<string, number>();
  for (const { file } of problems) if (!fileOrder.has(file)) fileOrder.set(file, fileOrder.size);
  return problems
    .map((problem, i) => ({ problem, i }))
    .sort(
      (a, b) =>
        fileOrder.get(a.problem.file)! - fileOrder.get(b.problem.file)! || a.problem.line - b.problem.line || a.problem.column - b.problem.column || a.i - b.i,
    )
    .map(({ problem }) => problem);
}

interface TailoringContext {
  indicators: Map<string, Placed>;
  place: (entry: Placed, what: string) => void;
  report: (at: Located, message: string, atKey?: boolean) => void;
  waivers: Array<{ waiver: WaiverInForce; at: Located }>;
  rates: ReadonlySet<string>;
}

/** XCCDF-style tailoring: add, refine values, deselect; InSpec-style waivers. */
function applyTailoring(tailoring: Tailoring, source: YamlSource, given: string, { indicators, place, report, waivers, rates }: TailoringContext): void {
  const known = (id: string, at: Located): Placed | undefined => {
    const entry = indicators.get(id);
    if (!entry) report(at, `未知的指标编号 '${id}'(基础版本或上级剪裁中没有此指标,或已被剔除)`);
    return entry;
  };
  (tailoring.add ?? []).forEach((indicator, i) => place({ indicator, edition: '', at: { source, path: ['add', i] } }, '新增指标'));

  for (const [m, override] of (tailoring.modify ?? []).entries()) {
    const at: Located = { source, path: ['modify', m] };
    const entry = known(override.id, { ...at, path: [...at.path, 'id'] });
    if (!entry) continue;
    const { id: _id, points, appliesTo, ...checkFields } = override;
    const check = refineCheck(entry.indicator.check, checkFields, (field, message) => report({ ...at, path: [...at.path, field] }, message, true));
    const indicator: Indicator = { ...entry.indicator, check, ...(points !== undefined ? { points } : {}), ...(appliesTo ? { appliesTo } : {}) };
    const band = partialBandProblem(check);
    if (band) report({ ...at, path: [...at.path, band.field in override ? band.field : 'id'] }, `调整后:${band.message}`);
    // the bounds the override writes; the others were checked where the indicator was placed
    for (const { path, message } of rateBoundProblems(check, rates).filter(({ path }) => String(path[0]) in override)) {
      report({ ...at, path: [...at.path, ...path] }, message);
    }
    indicators.set(override.id, { ...entry, indicator });
  }

  for (const [d, id] of (tailoring.deselect ?? []).entries()) {
    if (known(id, { source, path: ['deselect', d] })) indicators.delete(id);
  }

  for (const [w, waiver] of (tailoring.waivers ?? []).entries()) {
    const at: Located = { source, path: ['waivers', w] };
    if (!known(waiver.id, { ...at, path: [...at.path, 'id'] })) continue;
    if (waiver.expires !== undefined && !isRealDate(waiver.expires)) {
      report({ ...at, path: [...at.path, 'expires'] }, `日期 '${waiver.expires}' 不存在`);
      continue;
    }
    waivers.push({ waiver: { ...waiver, file: given }, at });
  }
}

type CheckRefinement = Omit<z.infer<typeof IndicatorOverride>, 'id' | 'points' | 'appliesTo'>;

/** Applies threshold/count refinements; a field that does not fit the check's type is a problem. */
function refineCheck(check: Check, fields: CheckRefinement, problem: (field: string, message: string) => void): Check {
  const given = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k]) => k);
  const allowed = check.type === 'threshold' ? ['value', 'op', 'partial'] : check.type === 'count' ? ['min', 'partialMin'] : [];
  for (const field of given.filter((f) => !allowed.includes(f))) {
    problem(field, `字段 '${field}' 不适用于 ${check.type} 类检查${allowed.length > 0 ? `(可调整:${allowed.join('、')})` : '(存在性检查没有可调整的门槛)'}`);
  }
  if (check.type === 'threshold') {
    const { partial, ...rest } = { ...check, ...(fields.value !== undefined ? { value: fields.value } : {}), ...(fields.op ? { op: fields.op } : {}) };
    const nextPartial = fields.partial === undefined ? partial : (fields.partial ?? undefined);
    return nextPartial ? { ...rest, partial: nextPartial } : rest;
  }
  if (check.type === 'count') {
    const { partialMin, ...rest } = { ...check, ...(fields.min !== undefined ? { min: fields.min } : {}) };
    const nextPartialMin = fields.partialMin === undefined ? partialMin : (fields.partialMin ?? undefined);
    return nextPartialMin !== undefined ? { ...rest, partialMin: nextPartialMin } : rest;
  }
  return check;
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** The tailoring files from the root (nearest the edition) to the one given, and that edition. */
async function loadTailoringChain(given: string, root: string, problems: Problem[]): Promise<{ tailorings: LoadedTailoring[]; edition: string | null }> {
  const tailorings: LoadedTailoring[] = [];
  const seen: string[] = [];
  let file = path.resolve(given);
  let display = given;
  for (;;) {
    if (seen.includes(file)) {
      const cycle = [...seen.slice(seen.indexOf(file)), file].map((f) => displayPath(f)).join(' → ');
      const last = tailorings[0]!;
      problems.push(problemAt(last.source, ['extends'], `剪裁文件的 extends 形成循环:${cycle}`));
      return { tailorings: [], edition: null };
    }
    if (seen.length >= MAX_TAILORING_CHAIN) {
      const last = tailorings[0]!;
      problems.push(problemAt(last.source, ['extends'], `剪裁文件的 extends 层级过多(上限 ${MAX_TAILORING_CHAIN} 层)`));
      return { tailorings: [], edition: null };
    }
    seen.push(file);
    const { source, problems: yamlProblems } = await readYaml(file, display);
    problems.push(...yamlProblems);
    if (!source || yamlProblems.length > 0) return { tailorings: [], edition: null };
    if (!looksLikeTailoring(source.data)) {
      // nothing of it is ours: say so without quoting a line of it (it may be any file at all)
      problems.push(problemAt(source, [], `不是剪裁文件:顶层应为含 extends 的映射(可用字段:${Object.keys(Tailoring.shape).join('、')})`));
      return { tailorings: [], edition: null };
    }
    const parsed = Tailoring.safeParse(source.data);
    if (!parsed.success) problems.push(...schemaProblems(source, parsed.error));
    const tailoring = parsed.success ? parsed.data : salvageTailoring(source.data);
    // without a valid extends the chain cannot go on
    if (!tailoring) return { tailorings: [], edition: null };
    tailorings.unshift({ file, given: display, source, tailoring });
    const base = tailoring.extends;
    if (/^\d{4}$/.test(base)) {
      if (!(await isDirectory(path.join(root, base)))) {
        problems.push(problemAt(source, ['extends'], `未知的指标体系版本 '${base}'`));
        return { tailorings: [], edition: null };
      }
      return { tailorings, edition: base };
    }
    file = path.resolve(path.dirname(file), base);
    display = displayPath(file);
    // told at the file's own 1:1, the path was one the user never wrote (a web address's // collapsed)
    if (!(await isFile(file))) {
      const why = /^[a-z][\w+.-]*:\/\//i.test(base)
        ? '不能是网址;请先下载该剪裁文件,再写它的路径'
        : `指向的剪裁文件 ${base} 不存在或不是文件(路径相对于本文件所在的目录)`;
      problems.push(problemAt(source, ['extends'], `extends ${why}`));
      return { tailorings: [], edition: null };
    }
  }
}

/** A mapping with at least one field a tailoring has; anything else is some other file. */
function looksLikeTailoring(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && Object.keys(data).some((key) => key in Tailoring.shape);
}

/** The valid entries of a tailoring with schema problems, so that the rest is still checked. */
function salvageTailoring(data: unknown): Tailoring | null {
  if (typeof data !== 'object' || data === null) return null;
  const raw = data as Record<string, unknown>;
  const base = Tailoring.shape.extends.safeParse(raw.extends);
  if (!base.success) return null;
  const valid = <T>(list: unknown, schema: z.ZodType<T>): T[] =>
    Array.isArray(list)
      ? list.flatMap((item) => {
          const one = schema.safeParse(item);
          return one.success ? [one.data] : [];
        })
      : [];
  return {
    extends: base.data,
    add: valid(raw.add, Indicator),
    modify: valid(raw.modify, IndicatorOverride),
    deselect: valid(raw.deselect, IndicatorId),
    waivers: valid(raw.waivers, Waiver),
  };
}

async function loadEdition(
  root: string,
  edition: string,
  problems: Problem[],
): Promise<{ editionFile: EditionFile; editionSource: YamlSource; editionFileName: string; placed: Placed[] } | null> {
  const dir = path.join(root, edition);
  const editionPath = path.join(dir, 'edition.yaml');
  const editionFileName = displayPath(editionPath);
  if (!(await isDirectory(dir))) {
    problems.push({ file: displayPath(dir), line: 1, column: 1, message: `未知的指标体系版本 '${edition}'(找不到目录)` });
    return null;
  }
  const { source, problems: yamlProblems } = await readYaml(editionPath, editionFileName);
  problems.push(...yamlProblems);
  if (!source || yamlProblems.length > 0) return null;
  const parsed = EditionFile.safeParse(source.data);
  if (!parsed.success) {
    problems.push(...schemaProblems(source, parsed.error));
    return null;
  }
  if (parsed.data.edition !== edition) {
    problems.push(problemAt(source, ['edition'], `edition 应为 '${edition}'(与所在目录一致)`));
  }
  const placed = await readIndicatorFiles(dir, edition, problems);
  return { editionFile: parsed.data, editionSource: source, editionFileName, placed };
}

/** Another edition's own indicators (for reuse); null when it does not load cleanly. */
async function loadEditionIndicators(root: string, edition: string): Promise<Map<string, Placed> | null> {
  const dir = path.join(root, edition);
  if (!/^\d{4}$/.test(edition) || !(await isDirectory(dir))) return null;
  const problems: Problem[] = [];
  const placed = await readIndicatorFiles(dir, edition, problems);
  if (problems.length > 0) return null;
  return new Map(placed.map((entry) => [entry.indicator.id, entry]));
}

/** Every *.yaml of an edition folder except edition.yaml, in name order. */
async function readIndicatorFiles(dir: string, edition: string, problems: Problem[]): Promise<Placed[]> {
  const names = (await fs.readdir(dir)).filter((name) => /\.ya?ml$/.test(name) && !/^edition\.ya?ml$/.test(name)).sort();
  const placed: Placed[] = [];
  for (const name of names) {
    const { source, problems: yamlProblems } = await readYaml(path.join(dir, name), displayPath(path.join(dir, name)));
    problems.push(...yamlProblems);
    if (!source || yamlProblems.length > 0) continue;
    const parsed = IndicatorFile.safeParse(source.data);
    if (parsed.success) {
      parsed.data.indicators.forEach((indicator, i) => placed.push({ indicator, edition, at: { source, path: ['indicators', i] } }));
      continue;
    }
    problems.push(...schemaProblems(source, parsed.error));
    // keep the indicators that are valid on their own, so that later checks still see them
    const raw = (source.data as { indicators?: unknown } | null)?.indicators;
    if (!Array.isArray(raw)) continue;
    const bad = new Set(parsed.error.issues.filter((issue) => issue.path[0] === 'indicators').map((issue) => issue.path[1]));
    raw.forEach((_, i) => {
      if (bad.has(i)) return;
      const one = IndicatorFile.shape.indicators.element.safeParse(raw[i]);
      if (one.success) placed.push({ indicator: one.data, edition, at: { source, path: ['indicators', i] } });
    });
  }
  return placed;
}

function orderByGroups(areas: Area[], entries: Placed[]): Placed[] {
  const order = new Map(areas.flatMap((area) => area.groups.map((group) => group.id)).map((id, i) => [id, i]));
  // stable: within a group, the order of the files
  return entries
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => (order.get(a.entry.indicator.group) ?? 0) - (order.get(b.entry.indicator.group) ?? 0) || a.i - b.i)
    .map(({ entry }) => entry);
}

async function isFile(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (stat) => stat.isFile(),
    () => false,
  );
}

async function isDirectory(dir: string): Promise<boolean> {
  return fs.stat(dir).then(
    (stat) => stat.isDirectory(),
    () => false,
  );
}

/**
 * The presence fact an indicator's own cue phrases give: local.town-review → local_town_review_cues
 * (the suffix keeps it apart from the lexicon's ids).
 */
export function ownPresenceFactId(indicatorId: string): string {
  return `${indicatorId.replace(/[.-]/g, '_')}_cues`;
}

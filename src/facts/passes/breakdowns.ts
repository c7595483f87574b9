import type { Document } from '../../document/types.js';
import { containsAny, type CompiledLexicon } from '../text.js';
import type { Found, PassMeta } from './context.js';
import type { CompiledTables } from './tables.js';

export const meta: PassMeta = {
  name: 'breakdowns',
  covers:
    '一个总数的分项不是该事实的另一个数值:(1)按职务分列之数的合计(负责人出庭应诉81件。……县长出庭应诉1次,副县长出庭应诉4次):同一一级标题下、同一状态已有该事实更大的非推算数值时,不读合计;(2)合计之下按类别、单位、职务拆分的分项(会前学法10次,其中学习宪法2次;执法人员共计1126名,分别为县直部门执法人员734名、乡镇392名;出庭应诉35件。其中,区长出庭1次…部门负责人出庭30次):同一事实、同一状态、比合计小的数值,在合计之后以“其中”“分别为”引出(或所在句以“其中”开头、合计在前一句)时不读;分项说本级自己的份额(其中市政府本级受理326件、其中厅机关86名)、以动作、资格挑出更窄的数(其中受理42件、其中持有执法证件的9名)或以该事实自己的动词和主语重说一遍(其中废止规范性文件14件)时仍是事实;(3)“X类…各N”是每类之数,不是总数;(4)分别、依次之后列出、句中随后以“共计”“合计”等给出同一事实更大合计的各数(依次配备执法记录仪96台、88台、34台、41台,共计259台)是合计的分项,但本级和所辖单位并列时本级那一项(市本级和各县(市、区)分别调解1,480件、20,150件,合计21,630件)仍是本级的事实',
  order: 90,
};

/** How far before a count's evidence its kind's mark (类) may stand: the character before it, then the mark. */
const KIND_REACH = 2;

/**
 * A part of a total stated in the same document is not a second value of the fact (rules/passes.yaml breakdowns): the
 * parts are taken out of `found`, in place, first the sums by kind a larger total of their section outweighs, then the
 * counts after a part word (其中, 分别为) that follow a larger count of the fact, and each kind's count (X类…各N).
 */
export function run(doc: Document, found: Found[], lexicon: CompiledLexicon, tables: CompiledTables): void {
  takeOut(found, outweighedSums(found));
  takeOut(found, partsAfterTotals(doc, found, lexicon, tables));
  takeOut(found, partsBeforeTotals(doc, found, lexicon, tables));
}

/** Takes `parts` out of `found`, in place: the list is the extraction's own. */
function takeOut(found: Found[], parts: ReadonlySet<Found> | undefined): void {
  if (parts === undefined) return;
  let kept = 0;
  for (const f of found) if (!parts.has(f)) found[kept++] = f;
  found.length = kept;
}

/**
 * The sums by kind (局长…2件,副局长…19件) whose top-level section states a larger value of the same fact, of the same
 * status and not derived. Most documents hold no sum by kind: they are passed over at once.
 */
function outweighedSums(found: readonly Found[]): Set<Found> | undefined {
  if (!found.some((f) => f.breakdown)) return undefined;
  return new Set(found.filter((f) => f.breakdown && outweighed(f, found)));
}

/** Whether another fact of the sum's id, section and status, read as stated (not summed, not derived), is larger. */
function outweighed(sum: Found, found: readonly Found[]): boolean {
  const { id, status, value } = sum.fact;
  return found.some(
    (f) =>
      f !== sum &&
      !f.breakdown &&
      !f.fact.derived &&
      f.top === sum.top &&
      f.fact.id === id &&
      f.fact.status === status &&
      typeof f.fact.value === 'number' &&
      f.fact.value > (value as number),
  );
}

/** The counts that are parts of a larger count of the same fact stated before them, and each kind's count (X类…各N). */
function partsAfterTotals(doc: Document, found: readonly Found[], lexicon: CompiledLexicon, tables: CompiledTables): Set<Found> | undefined {
  const { openers, asides, kept, perKind } = tables.breakdown;
  // a part opened as an aside (含) after its total is a part too, though the total's clause goes on past it
  const partWords = asides.length === 0 ? openers : [...openers, ...asides];
  const { text } = doc.source;
  let parts: Set<Found> | undefined;
  for (let k = 0; k < found.length; k++) {
    const part = found[k]!;
    const { value, id, status, evidence } = part.fact;
    if (typeof value !== 'number' || lexicon.byId.get(id)?.entry.shape !== 'count') continue;
    // 教育、交通、水利类事项各2项: each kind's count, no total (per_kind needs a 各 in the span it reads: tested first)
    const kindSpan = text.slice(Math.max(0, evidence.start - KIND_REACH), evidence.end);
    if (kindSpan.includes('各') && perKind.test(kindSpan)) {
      (parts ??= new Set()).add(part);
      continue;
    }
    const sentence = doc.sentences[part.sentence]!;
    // a sentence that opens with a part word breaks down a total of the sentence before
    const opensWithPart = openers.some((o) => sentence.plain.trimStart().startsWith(o));
    // the facts of the sentence (or of the one before) stated before the part's, and those a later pass of its sentence
    // stated (a universal's count: 受理22件,全部…答复,其中当场答复4件): the total stands before the part in the text
    const first = part.sentence - (opensWithPart ? 1 : 0);
    let lo = k;
    while (lo > 0 && found[lo - 1]!.sentence >= first) lo--;
    let hi = k + 1;
    while (hi < found.length && found[hi]!.sentence === part.sentence) hi++;
    for (let j = lo; j < hi; j++) {
      const total = found[j]!;
      if (j === k || total.fact.id !== id || total.fact.status !== status || typeof total.fact.value !== 'number' || total.fact.value <= value) continue;
      if (total.fact.evidence.end > evidence.start) continue;
      const from = total.sentence === part.sentence ? total.fact.evidence.end : sentence.span.start;
      const between = text.slice(from, evidence.start);
      const opener = Math.max(...partWords.map((o) => between.lastIndexOf(o)));
      if (opener < 0) continue;
      // the part names the body's own share, or a narrower count by act or qualification: a fact of its own; its own
      // item says so, not another item of the list before it (其中县政府本级…、乡镇…400名: the towns' 400 is a part)
      const named = text.slice(from + opener, evidence.end);
      const item = named.slice(lastListWord(text, from + opener, evidence.start) + 1 - from - opener);
      if (kept.test(item) || pickedByOwnWords(named, lexicon.byId.get(id)!.entry)) continue;
      (parts ??= new Set()).add(part);
      break;
    }
  }
  return parts;
}

/**
 * The counts after a 分别 / 依次 of their sentence that a larger count of the same fact and status later in it sums up
 * (…依次配备执法记录仪96台、88台,共计184台; 分别调处214件、587件,另调处62件,合计863件): the total's parts, but the
 * body's own item's (市本级…分别…1,480件、…,合计21,630件: read as such by respectively).
 */
function partsBeforeTotals(doc: Document, found: readonly Found[], lexicon: CompiledLexicon, tables: CompiledTables): Set<Found> | undefined {
  const { text } = doc.source;
  let parts: Set<Found> | undefined;
  for (const part of found) {
    const { value, id, status, evidence } = part.fact;
    // the body's own item of a list of it and its units (市本级和各县…分别…1,480件、20,150件,合计21,630件): its share, a fact
    if (part.own || typeof value !== 'number' || lexicon.byId.get(id)?.entry.shape !== 'count') continue;
    const sentence = doc.sentences[part.sentence]!;
    if (!containsAny(text.slice(sentence.span.start, evidence.end), tables.respectively)) continue;
    const summed = found.some(
      (total) =>
        total.sentence === part.sentence &&
        total.fact.id === id &&
        total.fact.status === status &&
        typeof total.fact.value === 'number' &&
        total.fact.value > value &&
        total.fact.evidence.end > evidence.end &&
        tables.breakdown.sumsUp.test(text.slice(evidence.end, total.fact.evidence.end)),
    );
    if (summed) (parts ??= new Set()).add(part);
  }
  return parts;
}

/** Where the last 、 between `from` and `to` stands (a comma goes on about the same item), or `from` - 1 when none does. */
function lastListWord(text: string, from: number, to: number): number {
  for (let at = to - 1; at >= from; at--) if (LIST_WORD.test(text[at]!)) return at;
  return from - 1;
}
const LIST_WORD = /、/;

/** 其中废止规范性文件14件, 其中由法律顾问审查的合同12件: a part that names the fact's subject again with its verb is the fact's share. */
function pickedByOwnWords(named: string, entry: { near: readonly string[]; cues: readonly string[] }): boolean {
  return entry.near.some((v) => named.includes(v)) && entry.cues.some((c) => named.includes(c));
}

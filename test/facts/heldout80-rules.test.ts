/**
 * The general rules added after the blind measurement of test/fixtures/heldout80 (text pasted from PDF, the
 * 依法行政 wording of 2016–2018), on texts of our own: a pasted text's broken lines read the same however a word
 * processor lays them out again (an OFD of it), a heading that ended a page ends there, the share of units that
 * hire a legal adviser, the year's new certificate holders, a court's diverted cases, and a superior's government
 * a body files its documents with.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { rejoinHardWraps } from '../../src/ingest/rewrap.js';
import { OFD_LAYOUTS, ofdFromText } from '../helpers/ofd.js';
import { readingOf } from '../helpers/written-forms.js';
import { sectionStatuses, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

const COUNTY = '临溪县2017年依法行政工作情况报告';
const OPENING = '2017年,县政府围绕法治政府建设目标,全面推进依法行政,各项工作取得新进展。';
const read = (body: string) => sectionStatuses(lexicon, COUNTY, `${OPENING}\n${body}`);
/** The facts of a reading (readingOf): ids, values and statuses. */
const factsOf = (reading: string): string[] => (JSON.parse(reading) as { facts: string[] }).facts;

/** A short report of our own, a paragraph a line, its sentences ending where a word processor's lines may end. */
const REPORT = [
  '临溪县人民政府',
  '关于2017年依法行政工作情况的报告',
  '一、领导干部学法',
  '县政府全年召开常务会议专题学法7次,学习了行政诉讼法和安全生产法等。举办领导干部法治讲座2期,科级干部参加360人次。县政府主要负责同志带头旁听庭审1次。全年向县人大常委会报告依法行政工作2次,县委常委会专题研究法治建设3次。',
  '二、规范性文件管理',
  '全年县政府制发规范性文件6件,合法性审查率100%。均在规定时限内报市政府和县人大常委会备案,报备率100%。清理现行文件40件,废止7件,修改3件。',
  '三、行政执法',
  '全县有行政执法主体38个,持证执法人员466名。配备执法记录仪72台。全年审查县政府合同、协议26件,出具法律意见书12份。县政府聘请常年法律顾问4名。',
  '四、复议和应诉',
  '全年受理行政复议案件15件,审结14件。行政诉讼案件11件,行政机关负责人出庭应诉6件,败诉1件。各级调解组织调解矛盾纠纷640件。',
  '五、2018年工作安排',
  '一是常务会议学法不少于8次;二是执法记录仪增加到100台;三是法治讲座不少于3期。',
].join('\n');

/**
 * A paragraph pasted from a PDF, every line of the same width (full-width characters only), one of its sentences ending
 * where a word processor setting each line as an indented paragraph of `lineChars` wraps it: the rest of that line, a
 * word cut in two (…合 | 同、协议…), stands alone on the next line, at the margin.
 */
function pastedWithSentenceEndAtWrap(lineChars: number): string {
  const width = lineChars + 6;
  const key = '县政府主要负责同志带头旁听庭审一次。全年审查县政府合同、协议二十六件,出具法律意见书十二份。';
  const stop = key.indexOf('。');
  // the filler puts the key's full stop last on a line's first part: two characters of indent, then lineChars - 2
  let fillerLength = 3 * width;
  while ((fillerLength + stop) % width !== lineChars - 3) fillerLength++;
  const filler = '县政府坚持把领导干部学法作为推进依法行政的基础工程扎实抓好各项工作'.repeat(8).slice(0, fillerLength - 1) + '。';
  const paragraph = filler + key + '各级调解组织全年调解矛盾纠纷六百四十件,调解成功率百分之九十八。';
  const lines = paragraph.match(new RegExp(`.{1,${width}}`, 'gu'))!;
  return [
    '临溪县人民政府',
    '关于2017年依法行政工作情况的报告',
    '一、领导干部学法和依法决策',
    ...lines,
    '二、2018年工作安排',
    '一是常务会议学法不少于八次。',
  ].join('\n');
}

describe('a text pasted from a PDF, its lines broken mid-sentence, set again in pages as a paragraph a line', () => {
  it('reads as the text in every layout: a line at the margin under a full one goes on with its paragraph after a sentence end', async () => {
    // the facts: a page this short shows no running header for what it is (test/ingest/ofd.test.ts reads whole reports)
    for (const layout of OFD_LAYOUTS) {
      const pasted = pastedWithSentenceEndAtWrap(layout.lineChars);
      const asText = factsOf(await readingOf(pasted, 'linxi.txt'));
      expect(asText).toContain('contracts_reviewed=26 achieved');
      expect(factsOf(await readingOf(await ofdFromText(pasted, layout), 'linxi.ofd')), `${layout.objects}/${layout.lineChars}`).toEqual(asText);
    }
  });

  it('keeps a paragraph the text sets apart by a blank line, though the line before it ends at the right edge', async () => {
    // the plans' last line filled to the edge (a line of lineChars, its first indented by two), a blank line, then the
    // 附表's caption and rows at the margin: the table's figures stay the year's, not the plans'
    for (const layout of OFD_LAYOUTS.filter((l) => l.objects === 'line')) {
      const plan = `四是行政执法人员年度培训${'并完善考核制度'.repeat(4)}`.slice(0, layout.lineChars - 3) + '。';
      const text = [REPORT, plan, '', '附表1 2017年度行政执法基本情况', '行政执法主体(个) 38', '持证执法人员(名) 466'].join('\n');
      const asText = factsOf(await readingOf(text, 'linxi.txt'));
      expect(asText).toContain('enforcement_officers=466 achieved');
      expect(factsOf(await readingOf(await ofdFromText(text, layout), 'linxi.ofd'))).toEqual(asText);
    }
  });
});

describe('a page seam in a text that shows no width', () => {
  const lines = (text: string) => text.split('\n').map((line) => ({ text: line, indent: '' }));
  const header = '临溪县2017年依法行政工作情况报告';

  it('joins the halves of a sentence it parts', () => {
    const seamed = [
      '一、领导干部学法',
      '县政府全年召开常务会议专题学法7次,学习了',
      '第 1 页 共 2 页',
      header,
      '行政诉讼法等。',
      '第 2 页 共 2 页',
      header,
    ].join('\n');
    expect(rejoinHardWraps(lines(seamed))[1]).toBe('县政府全年召开常务会议专题学法7次,学习了行政诉讼法等。');
  });

  it('leaves a numbered heading that ended a page on its own line', () => {
    const seamed = [
      '县政府全年召开常务会议专题学法7次。',
      '四、复议和应诉',
      '第 1 页 共 2 页',
      header,
      '全年受理行政复议案件15件,审结14件。',
      '第 2 页 共 2 页',
      header,
    ].join('\n');
    const joined = rejoinHardWraps(lines(seamed));
    expect(joined).toContain('四、复议和应诉');
    expect(joined).toContain('全年受理行政复议案件15件,审结14件。');
  });
});

describe('the share of units that hire a legal adviser', () => {
  it('is the adviser coverage rate, named by the act of hiring or appointing one', async () => {
    const hired = await read('县政府聘请法律顾问4名,县直部门聘请法律顾问的比例达到58%。');
    expect(statusesWithId(hired, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=58:achieved']);
    const appointed = await read('各乡镇配备法律顾问的比例由上年的一半提高到80%。');
    expect(statusesWithId(appointed, 'legal_adviser_coverage_rate')).toEqual(['legal_adviser_coverage_rate=80:achieved']);
  });

  it('but not the lawyers’ share among the advisers', async () => {
    const facts = await read('县政府聘请法律顾问10名,其中执业律师占比60%。');
    expect(statusesWithId(facts, 'legal_adviser_coverage_rate')).toEqual([]);
  });
});

describe('the year’s new certificate holders', () => {
  it('are a part of the officers, not all of them, whether 新增 stands in its own clause or the total’s', async () => {
    const facts = await read('全县持证执法人员466名,当年组织执法资格考试2次,新增持证人员51名。');
    expect(statusesWithId(facts, 'enforcement_officers')).toEqual(['enforcement_officers=466:achieved']);
    const alone = await read('年内组织考试后,全县新增持证执法人员38名。');
    expect(statusesWithId(alone, 'enforcement_officers')).toEqual([]);
  });
});

describe('a court’s cases diverted to mediators', () => {
  it('count the court’s diversion, not the disputes the body mediated', async () => {
    const facts = await read('各级调解组织调解矛盾纠纷640件。县法院诉调对接中心全年分流化解民事纠纷52件。');
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=640:achieved']);
  });
});

describe('a superior’s government named after the act of filing with it', () => {
  it('is where the body files, and the rates after it are the body’s', async () => {
    const city = '禾川市2018年法治政府建设情况报告';
    const body = '2018年,市政府持续推进法治政府建设。\n全年审核规范性文件9件;报岭南州人民政府和市人大常委会备案9件,报备率100%,备案规范率100%。';
    const facts = await sectionStatuses(lexicon, city, body);
    expect(statusesWithId(facts, 'normative_doc_filing_rate')).toEqual(['normative_doc_filing_rate=100:achieved']);
    expect(statusesWithId(facts, 'normative_doc_filing_standard_rate')).toEqual(['normative_doc_filing_standard_rate=100:achieved']);
  });

  it('while the superior opening a clause as its subject still tells the superior’s figures', async () => {
    const facts = await read('岭南州人民政府全年受理行政复议申请300件。县政府受理行政复议案件15件。');
    expect(statusesWithId(facts, 'reconsideration_cases')).toEqual(['reconsideration_cases=15:achieved']);
  });
});

/**
 * The general rules added after the blind measurement of test/fixtures/heldout150 (rule-of-law reports of bodies outside the
 * government), on texts of our own: a company's, a college's or a hospital's own report is at no level of the tree and names
 * itself as its place, whatever place its name writes; in any report a clause opening with bodies outside the government by
 * their kind (市属国有企业…, 12户出资企业…, 该院…) tells their figures; in a report of a body at no level of the tree a place's
 * whole (全县…) or a level's organ acting on its matter (经市…委员会调解…) is another body; a general counsel (总法律顾问) is no
 * legal adviser, a college's or a company's own rules (校内规范性文件) no administrative normative documents; in a department's
 * paper a clause citing its government as the source (另据县政府…) opens the government's run, which its place's whole does
 * not end; and a 市 that counts its towns (11个乡镇) and names no county or district is a county-level city.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readQuoted, statusesOf, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** A short own report of a body titled `title`, then `lines`. */
const report = (title: string, ...lines: string[]): ReturnType<typeof readQuoted> =>
  readQuoted(lexicon, [title, '', '一、主要工作', ...lines, '', '二、存在的问题', '一是制度建设仍有短板。'].join('\n'));

const own = (title: string, ...lines: string[]): string[] => statusesOf(report(title, ...lines).facts);

describe('a body outside the government reporting on itself', () => {
  it('is at no level of the tree and names itself, whatever place its name writes', () => {
    for (const [title, place] of [
      ['蓼原市水务投资集团有限公司2023年度法治建设工作报告', '蓼原市水务投资集团有限公司'],
      ['岐沣县卫生健康局2023年度法治政府建设情况报告', null],
      ['岐沣县第二人民医院2023年度法治建设情况报告', '岐沣县第二人民医院'],
      ['汀岚医学高等专科学校关于2023年度依法治校工作情况的报告', '汀岚医学高等专科学校'],
    ] as const) {
      const { doc } = report(title, '2023年，我们坚持依法经营，推进法治建设，做好合同审查和普法工作。');
      if (place === null) expect(doc.level).not.toBe('unknown');
      else expect([doc.level, doc.place]).toEqual(['unknown', place]);
    }
  });

  it('but a government’s report on its enterprises is the government’s', () => {
    const { doc } = report('蓼原县人民政府关于2023年度县属国有企业法治建设情况的报告', '2023年，县政府推进法治政府建设，全县坚持依法行政。');
    expect([doc.level, doc.place]).toEqual(['county', '蓼原县']);
  });

  it('reads its own figures, not its city’s or a county committee’s', () => {
    const facts = own(
      '蓼原市水务投资集团有限公司2023年度法治建设工作报告',
      '集团聘请律师3名担任常年法律顾问，集团法务负责人受聘为市政府法律顾问，全市政府法律顾问共11名。',
      '全年发生合同纠纷9起，其中经市商事调解委员会调解6起。',
    );
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=3:achieved']);
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual([]);
  });

  it('speaks of itself by its kind, its parts being others', () => {
    const facts = own('汀岚医学高等专科学校2023年度依法治校工作报告', '学校全年审查各类合同218份，各学院审查合同47份。');
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=218:achieved']);
  });

  it('has a general counsel, who is no legal adviser', () => {
    const facts = own('蓼原市水务投资集团有限公司2023年度法治建设工作报告', '集团明确总法律顾问1名，另聘请律师事务所律师5名担任法律顾问。');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=5:achieved']);
  });

  it('has its own rules, which are no administrative normative documents', () => {
    const facts = own('汀岚医学高等专科学校2023年度依法治校工作报告', '校内规范性文件印发前全部经过法律事务室合法性审核。');
    expect(statusesWithId(facts, 'normative_doc_review_rate')).toEqual([]);
  });
});

describe('bodies outside the government in a government’s report', () => {
  const county = (...lines: string[]): string[] =>
    statusesOf(
      readQuoted(
        lexicon,
        ['蓼原县人民政府关于2023年度法治政府建设情况的报告', '', '一、主要工作', '2023年，县政府坚持依法行政，推进法治政府建设。', ...lines].join('\n'),
      ).facts,
    );

  it('tell their own figures, to the end of the sentence', () => {
    const facts = county(
      '县政府审查政府合同64份，聘请法律顾问6名。',
      '县属5家国有企业合同法律审核率均达到100%，共聘请法律顾问19名，审查合同870份。',
      '县卫健局指导县中医院开展依法执业，该院全年审查合同133份。',
    );
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=6:achieved']);
    expect(statusesWithId(facts, 'contracts_reviewed')).toEqual(['contracts_reviewed=64:achieved']);
  });

  it('but the government’s own clause after them is its own', () => {
    const facts = county('辖区2所高校共聘请法律顾问9名，县政府聘请法律顾问6名。');
    expect(statusesWithId(facts, 'legal_advisers')).toEqual(['legal_advisers=6:achieved']);
  });
});

describe('a department citing its government as the source', () => {
  const bureau = (...lines: string[]): string[] =>
    statusesOf(
      readQuoted(
        lexicon,
        [
          '蓼原县交通运输局2023年度法治政府建设情况报告',
          '',
          '一、主要工作',
          '2023年，我局坚持依法行政，推进法治政府建设，做好行政复议和普法工作。',
          ...lines,
        ].join('\n'),
      ).facts,
    );

  it('tells the government’s figures, its place’s whole among them', () => {
    expect(statusesWithId(bureau('另据县政府2023年度重大行政决策事项目录，全县重大行政决策事项8项，其中涉及交通1项。'), 'major_decision_items')).toEqual([]);
  });

  it('until the department speaks of itself again', () => {
    expect(statusesWithId(bureau('据县政府通报，全县重大行政决策事项8项，本局重大行政决策事项2项。'), 'major_decision_items')).toEqual([
      'major_decision_items=2:achieved',
    ]);
  });
});

describe('a 市 counting its towns', () => {
  const city = (line: string) =>
    readQuoted(lexicon, ['沭岚市人民政府关于2023年度法治政府建设情况的报告', '', `2023年，市政府坚持依法行政，推进法治政府建设。${line}`].join('\n')).doc.level;

  it('is a county-level city when it names no county or district under it', () => {
    expect(city('全市14个乡镇均配备法律顾问，执法力量向基层下沉。')).toBe('county');
  });

  it('but a city with counties and districts', () => {
    expect(city('全市9个县区、124个乡镇均配备法律顾问。')).toBe('city');
  });
});

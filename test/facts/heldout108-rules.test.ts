/**
 * The general rules added after the blind measurement of test/fixtures/heldout108 (outline numbers and item marks that
 * look like figures), on texts of our own: a list number set apart from an item that opens with its count, wherever the
 * number is made (Word's and LibreOffice's automatic numbering, a web page's ordered list, a number typed straight before
 * the count), and a count of the parts a piece of work is divided into (分三个环节).
 */
import { AlignmentType, Document as WordDocument, LevelFormat, LevelSuffix, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { expectQuoted, quotedValuesOf, readFileQuoted, statusesWithId, zhewanDistrict } from './helpers.js';

const lexicon = await loadLexicon();
const values = (text: string, id: string) => quotedValuesOf(lexicon, text, id);

/** A .docx of 柘湾区's report whose items (`items`) Word numbers 1. 2. …, with the suffix given after the number. */
async function numberedDocx(items: readonly string[], suffix?: (typeof LevelSuffix)[keyof typeof LevelSuffix]): Promise<Uint8Array> {
  const level = { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, ...(suffix ? { suffix } : {}) };
  const doc = new WordDocument({
    numbering: { config: [{ reference: 'items', levels: [level] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: '柘湾区人民政府2024年法治政府建设情况报告' }),
          new Paragraph({ text: '一、主要成效' }),
          ...items.map((text) => new Paragraph({ text, numbering: { reference: 'items', level: 0 } })),
          new Paragraph({ text: '二、存在的不足' }),
          new Paragraph({ text: '个别街道法制审核力量仍较薄弱。' }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const linesOf = async (bytes: Uint8Array, file: string) => (await ingestBytes(bytes, file)).text.split('\n');

describe('Word’s automatic number before an item that opens with its count', () => {
  const items = ['区政府主要负责人带头述法。', '186名领导干部到区法院旁听庭审。', '12件区政府行政规范性文件经合法性审核后印发。'];

  it('stands apart from the count, as Word sets a tab after it', async () => {
    const lines = await linesOf(await numberedDocx(items), 'items.docx');
    expect(lines).toContain('2. 186名领导干部到区法院旁听庭审。');
    expect(lines).toContain('3. 12件区政府行政规范性文件经合法性审核后印发。');
  });

  it('so the count is read, not 2.186', async () => {
    const doc = buildDocument(await ingestBytes(await numberedDocx(items, LevelSuffix.SPACE), 'items.docx'));
    const facts = extractFacts(doc, lexicon);
    expectQuoted(doc, facts);
    expect(facts.filter((f) => f.id === 'court_hearing_observers').map((f) => f.value)).toEqual([186]);
    expect(facts.filter((f) => f.id === 'normative_docs_reviewed').map((f) => f.value)).toEqual([12]);
  });

  it('but runs on where the list says nothing follows the number', async () => {
    expect(await linesOf(await numberedDocx(items, LevelSuffix.NOTHING), 'items.docx')).toContain('2.186名领导干部到区法院旁听庭审。');
  });

  it('and a number that ends in 、 or a bracket needs no blank', async () => {
    const doc = new WordDocument({
      numbering: { config: [{ reference: 'top', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT }] }] },
      sections: [{ children: [new Paragraph({ text: '主要成效', numbering: { reference: 'top', level: 0 } })] }],
    });
    expect(await linesOf(new Uint8Array(await Packer.toBuffer(doc)), 'top.docx')).toContain('一、主要成效');
  });
});

describe('a web page’s ordered list whose item opens with its count', () => {
  const page = (list: string) =>
    `<html><head><meta charset="utf-8"></head><body><p>柘湾区人民政府2024年法治政府建设情况报告</p><p>一、主要成效</p>${list}<p>二、存在的不足</p><p>个别街道法制审核力量仍较薄弱。</p></body></html>`;

  it('shows the number apart, from the list’s start on', async () => {
    const list = '<ol start="3"><li>公布年度重大行政决策事项目录。</li><li>5项重大行政决策事项列入目录。</li></ol>';
    const lines = await linesOf(Buffer.from(page(list)), 'list.html');
    expect(lines).toContain('4. 5项重大行政决策事项列入目录。');
    const { facts } = await readFileQuoted(lexicon, page(list), 'list.html');
    expect(statusesWithId(facts, 'major_decision_items')).toEqual(['major_decision_items=5:achieved']);
  });

  it('with one blank, when the item’s text opens with its own', async () => {
    const lines = await linesOf(Buffer.from(page('<ol><li>  12件行政规范性文件经合法性审核。</li></ol>')), 'list.html');
    expect(lines).toContain('1. 12件行政规范性文件经合法性审核。');
  });
});

describe('an item’s number typed straight before its count', () => {
  it('is read as the list’s next item, not a decimal', () => {
    const text = zhewanDistrict(['规范性文件审核工作:', '1.起草部门自查;', '2.区司法局前置审核;', '3.14件行政规范性文件全部经合法性审核后印发。']);
    expect(values(text, 'normative_docs_reviewed')).toEqual([14]);
  });

  it('after an item typed with a blank, and in a count with a thousands separator', () => {
    const text = zhewanDistrict(['1. 持续开展执法培训;', '2.1,260名执法人员参加轮训。']);
    expect(values(text, 'enforcement_training_participants')).toEqual([1260]);
  });

  it('not where the line before was no item before it: a decimal stays', () => {
    const text = zhewanDistrict(['1.起草部门自查;', '3.14件行政规范性文件全部经合法性审核后印发。']);
    expect(values(text, 'normative_docs_reviewed')).not.toContain(14);
  });

  it('not a figure with no counting word after it (3.5万元, 2.5%), nor a decimal outline', () => {
    const money = zhewanDistrict(['1.落实法律顾问经费;', '2.5万元经费全部到位,聘请法律顾问6名。']);
    expect(values(money, 'legal_advisers')).toEqual([6]);
    const outline = zhewanDistrict(['1. 推进依法决策', '1.1 审查合同', '1.2 全年审查区政府合同45份。']);
    expect(values(outline, 'contracts_reviewed')).toEqual([45]);
  });
});

describe('a count of the parts a piece of work is divided into', () => {
  it('counts no documents, subjects or officers', () => {
    expect(values(zhewanDistrict(['行政规范性文件审核分四个环节把关。']), 'normative_docs_reviewed')).toEqual([]);
    expect(values(zhewanDistrict(['对规范性文件从3个层面开展合法性审查。']), 'normative_docs_reviewed')).toEqual([]);
    expect(values(zhewanDistrict(['持证执法人员培训分两个阶段进行。']), 'enforcement_officers')).toEqual([]);
  });

  it('while the count of the sentence’s things after it is read', () => {
    expect(values(zhewanDistrict(['行政规范性文件审核分四个环节把关,全年审核17件。']), 'normative_docs_reviewed')).toEqual([17]);
    expect(values(zhewanDistrict(['全区审核行政规范性文件4个,分三个步骤完成。']), 'normative_docs_reviewed')).toEqual([4]);
  });
});

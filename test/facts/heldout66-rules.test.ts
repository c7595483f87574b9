/**
 * The general rules added after the blind measurement of test/fixtures/heldout66 (the report as a new-media
 * article): the links to other articles after the report, and the editor's note of the outlet that reposts it,
 * on texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { expectQuoted, statusesOf } from './helpers.js';

const lexicon = await loadLexicon();

/** Every fact (presence ones too) of a text saved as `file`, as id=value:status. */
const read = async (text: string, file = 'article.txt'): Promise<string[]> => {
  const doc = buildDocument(await ingestBytes(Buffer.from(text, 'utf8'), file));
  const facts = extractFacts(doc, lexicon);
  expectQuoted(doc, facts);
  return statusesOf(facts);
};

const idsOf = (facts: readonly string[], id: string): string[] => facts.filter((f) => f.startsWith(`${id}=`));

const REPORT = [
  '松岭县2024年度法治政府建设情况报告',
  '一、主要工作',
  '县政府常务会议全年会前学法11次。县司法局出具合法性审查意见604件。全县人民调解组织调处矛盾纠纷2210件。',
  '二、存在的不足',
  '基层执法人员培训不够。',
  '三、2025年工作安排',
  '常务会议会前学法不少于12次。',
  '松岭县人民政府',
  '2025年1月20日',
].join('\n');

describe('the links to other articles after the report', () => {
  it('are no part of it: their titles’ figures are other articles’ (往期推荐 after the signature)', async () => {
    const facts = await read(
      `${REPORT}\n编辑:林某 审核:吴某\n往期推荐\n▶ 松岭司法|2024年全县调解工作:化解纠纷超8000件\n▶ 邻县速览|柏川县2023年报告:会前学法15次、审查意见900件\n阅读原文\n阅读 2046 在看 33\n`,
    );
    expect(idsOf(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=11:achieved', 'exec_meeting_law_study=12:plan']);
    expect(idsOf(facts, 'legality_review_opinions')).toEqual(['legality_review_opinions=604:achieved']);
    expect(idsOf(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2210:achieved']);
  });

  it('under a Markdown heading, as linked items', async () => {
    const facts = await read(
      `# ${REPORT.replace(/\n一、/, '\n## 一、')
        .replace(/\n二、/, '\n## 二、')
        .replace(
          /\n三、/,
          '\n## 三、',
        )}\n\n*责任编辑:林某*\n\n### 相关阅读\n\n- [柏川县全面推进公正执法,审查意见900件](https://example.org/a)\n- [一图读懂|化解纠纷近8000件](https://example.org/b)\n`,
      'article.md',
    );
    expect(idsOf(facts, 'legality_review_opinions')).toEqual(['legality_review_opinions=604:achieved']);
    expect(idsOf(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2210:achieved']);
  });

  it('on a saved page whose links lead nowhere (href="#")', async () => {
    const paragraphs = [...REPORT.split('\n'), '往期推荐'].map((line) => `<p>${line}</p>`).join('');
    const links = ['回顾|松岭县2023年度报告:会前学法15次', '邻县经验|柏川县调处纠纷8000余件']
      .map((t) => `<section><p><a href="#">${t}</a></p></section>`)
      .join('');
    const facts = await read(`<html><body><div id="js_content">${paragraphs}${links}</div></body></html>`, 'article.html');
    expect(idsOf(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=11:achieved', 'exec_meeting_law_study=12:plan']);
    expect(idsOf(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2210:achieved']);
  });

  it('end the body where no signature does', async () => {
    const unsigned = REPORT.split('\n').slice(0, -2).join('\n');
    const facts = await read(`${unsigned}\n【延伸阅读】\n柏川县:全年审查意见900件\n`);
    expect(idsOf(facts, 'legality_review_opinions')).toEqual(['legality_review_opinions=604:achieved']);
  });

  it('do not end the report when a paragraph of it follows the heading', async () => {
    const paragraph = `全县各级行政机关认真落实行政执法公示、执法全过程记录和重大执法决定法制审核制度,${'逐个单位对照清单查找执法短板,'.repeat(4)}年内为一线执法队员配备执法记录仪340台。`;
    const facts = await read(`${REPORT.split('\n').slice(0, 3).join('\n')}\n相关阅读\n${paragraph}\n`);
    expect(idsOf(facts, 'body_cameras')).toEqual(['body_cameras=340:achieved']);
  });
});

describe('the editor’s note of the outlet that reposts the report', () => {
  it('states none of its facts: the report it says is made public is the one in hand', async () => {
    const facts = await read(
      `${REPORT.split('\n')[0]}\n编者按:近日,全县各乡镇陆续公开了2024年度法治政府建设情况报告,本号今日全文转发县政府的报告。\n${REPORT.split('\n').slice(1).join('\n')}\n`,
    );
    expect(idsOf(facts, 'annual_report_published')).toEqual([]);
    expect(idsOf(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=11:achieved', 'exec_meeting_law_study=12:plan']);
  });

  it('nor its figures, with the label alone on its line and the note on the next', async () => {
    const facts = await read(
      `${REPORT.split('\n')[0]}\n编者按\n全县调解组织一年化解纠纷近8000件,成绩单亮眼,小编带您一起看。\n${REPORT.split('\n').slice(1).join('\n')}\n`,
    );
    expect(idsOf(facts, 'disputes_mediated')).toEqual(['disputes_mediated=2210:achieved']);
  });

  it('in brackets, without a colon', async () => {
    const facts = await read(
      `${REPORT.split('\n')[0]}\n【编者按】县司法局全年出具审查意见900余件的做法获得肯定。\n${REPORT.split('\n').slice(1).join('\n')}\n`,
    );
    expect(idsOf(facts, 'legality_review_opinions')).toEqual(['legality_review_opinions=604:achieved']);
  });

  it('leaves the report’s own sentence on last year’s report read', async () => {
    const body = REPORT.replace('县司法局出具', '2023年度法治政府建设情况报告已按时报送县委并在县政府网站向社会公开。县司法局出具');
    const facts = await read(`${REPORT.split('\n')[0]}\n编者按:本号全文转发县政府的年度报告。\n${body.split('\n').slice(1).join('\n')}\n`);
    expect(idsOf(facts, 'annual_report_published')).toEqual(['annual_report_published=true:achieved']);
  });
});

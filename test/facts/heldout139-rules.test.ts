/**
 * The general rules added after the blind measurement of test/fixtures/heldout139 (ledgers and checklists of the year's
 * tasks with status marks), on texts of our own: a ledger or a checklist standing alone (…重点工作台账, …任务清单完成情况,
 * …推进情况表) is no yearly report; a row whose status says its task is not done (未启动, 推进中, × or a mark the legend reads
 * so: ○未完成, □表示未完成) states no achievement, a plan when its deadline falls in a later year; a done row reports; and a
 * verb of equipping up to a number (配备至400台) reaches it, as 增至 does.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, readQuoted, statusesOf, statusesWithId, statusesWithIds } from './helpers.js';

const lexicon = await loadLexicon();

const opening = '县政府坚持依法行政，推进法治政府建设，法律顾问参与合法性审查，做好行政复议、应诉和普法工作。现将有关情况报告如下。';
const kindOf = (title: string, body = opening): string => readQuoted(lexicon, `${title}\n${body}\n`).doc.kind;

describe('a ledger or a checklist of the year’s tasks standing alone', () => {
  it('is no yearly report', () => {
    expect(kindOf('梓岚县2025年法治政府建设重点工作台账')).toBe('other');
    expect(kindOf('芩溪区2024年度法治政府建设任务清单完成情况')).toBe('other');
    expect(kindOf('蔚岗市2023年法治政府建设重点任务推进情况一览表')).toBe('other');
    expect(kindOf('棣川县2024年度依法行政责任清单落实情况表（第四季度更新）')).toBe('other');
  });

  it('but the report on a task list, or one joined to its ledger by 暨, is the year’s report', () => {
    expect(kindOf('关于芩溪区2024年度法治政府建设责任清单落实情况的报告')).toBe('annual_report');
    expect(kindOf('梓岚县2025年法治政府建设情况暨重点工作台账')).toBe('annual_report');
  });
});

/** The facts of a 2024 ledger of 芩溪区 (plain text, its table rows written with ' | '), a line of `legend` above its rows. */
const ledger = (rows: readonly (readonly string[])[], legend = '“状态”栏填写已完成、推进中或未启动。') =>
  readQuoted(
    lexicon,
    [
      '芩溪区2024年法治政府建设重点工作台账',
      '芩溪区委全面依法治区委员会办公室　2024年12月18日',
      legend,
      '工作任务 | 责任单位 | 完成时限 | 状态 | 完成情况',
      ...rows.map((row) => row.join(' | ')),
      '',
    ].join('\n'),
  ).facts;

describe('a ledger’s row whose status says its task is not done', () => {
  it('states no achievement when its deadline is the year’s', () => {
    const facts = ledger([
      ['领导干部旁听庭审', '区委组织部', '2024年11月', '已完成', '组织186名领导干部旁听行政案件庭审'],
      ['党政主要负责人述法', '区委组织部', '2024年12月', '未启动', '拟于次年一季度结合考核开展'],
      ['法制审核人员配备', '各执法部门', '2024年10月', '推进中', '已配备法制审核人员31名，尚有3个部门未配齐'],
    ]);
    expect(facts.filter((f) => f.status === 'achieved' && f.id.startsWith('shufa')).map((f) => f.id)).toEqual([]);
    expect(statusesWithIds(statusesOf(facts), 'court_hearing_observers', 'legal_review_staff')).toEqual([
      'court_hearing_observers=186:achieved',
      'legal_review_staff=31:gap',
    ]);
  });

  it('states a plan when its deadline falls in a later year', () => {
    const facts = statusesOf(ledger([['执法记录仪更新', '区财政局', '2025年3月', '未启动', '2025年一季度新购执法记录仪120台，已列入预算']]));
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=120:plan']);
  });

  it('but a standing task’s row reports what was done in the year', () => {
    const facts = statusesOf(ledger([['矛盾纠纷多元化解', '区司法局', '常态化', '持续推进', '调解矛盾纠纷1875件']]));
    expect(statusesWithId(facts, 'disputes_mediated')).toEqual(['disputes_mediated=1875:achieved']);
  });

  it('and a table of figures judging a row 未完成 against its target, with no deadline, keeps its figures', async () => {
    const { facts } = await readFileQuoted(
      lexicon,
      [
        '# 芩溪区2024年法治政府建设主要指标完成情况',
        '',
        '2024年，芩溪区坚持依法行政，推进法治政府建设，主要指标如下。',
        '',
        '| 指标 | 目标值 | 完成值 | 完成情况 |',
        '| --- | --- | --- | --- |',
        '| 执法人员培训（人次） | 1000 | 876 | 未完成 |',
        '',
      ].join('\n'),
      'qinxi.md',
    );
    expect(statusesWithId(facts, 'enforcement_training_participants').filter((f) => !f.endsWith(':plan'))).toEqual([
      'enforcement_training_participants=876:achieved',
    ]);
  });
});

describe('a mark in a ledger’s row', () => {
  it('says what the document’s legend says it does', () => {
    const facts = statusesOf(
      ledger(
        [
          ['组织旁听庭审', '区委组织部', '2024年11月', '■', '组织203名国家工作人员旁听庭审'],
          ['聘请政府法律顾问', '区司法局', '2024年12月', '□', '年初计划聘请8名，已聘请5名'],
        ],
        '图例：■已完成　□未完成',
      ),
    );
    expect(statusesWithIds(facts, 'court_hearing_observers', 'legal_advisers').filter((f) => f.endsWith(':achieved'))).toEqual([
      'court_hearing_observers=203:achieved',
    ]);
  });

  it('× says not done with no legend, ○ says nothing without one', () => {
    const crossed = statusesOf(ledger([['聘请政府法律顾问', '区司法局', '2024年12月', '×', '已聘请法律顾问5名']], '按牵头单位报送情况填写。'));
    expect(statusesWithId(crossed, 'legal_advisers')).toEqual(['legal_advisers=5:gap']);
    const circled = statusesOf(ledger([['聘请政府法律顾问', '区司法局', '2024年12月', '○', '已聘请法律顾问5名']], '按牵头单位报送情况填写。'));
    expect(statusesWithId(circled, 'legal_advisers')).toEqual(['legal_advisers=5:achieved']);
  });
});

/** The facts of a 2023 checklist of 棣川县 (plain text): a legend line, then check lines. */
const checklist = (legend: string, lines: readonly string[]) =>
  statusesOf(readQuoted(lexicon, ['棣川县2023年度法治政府建设任务清单完成情况', legend, '一、依法行政', ...lines, ''].join('\n')).facts);

describe('a checklist line that opens with a mark', () => {
  it('is not done when the legend says so, a plan when its deadline is later', () => {
    const facts = checklist('说明：☑表示已完成；□表示未完成或正在推进。', [
      '☑ 1．全县公职律师达到64名。（县司法局；2023年12月）',
      '□ 2．全县执法记录仪配备达到300台，目前已配备214台。（县财政局；2023年12月）',
      '□ 3．县政府常务会议会前学法14次。（县政府办公室；2024年12月）',
    ]);
    expect(statusesWithId(facts, 'public_lawyers')).toEqual(['public_lawyers=64:achieved']);
    expect(statusesWithId(facts, 'body_cameras').filter((f) => f.endsWith(':achieved'))).toEqual([]);
    expect(statusesWithId(facts, 'exec_meeting_law_study')).toEqual(['exec_meeting_law_study=14:plan']);
  });

  it('but a line opened by a mark no legend reads is read as it is', () => {
    const facts = checklist('各项任务均按时限推进。', ['□ 全县执法记录仪配备达到300台。（县财政局；2023年12月）']);
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=300:achieved']);
  });
});

describe('a verb of equipping up to a number', () => {
  it('reaches the number, a plan by its later deadline', () => {
    const facts = statusesOf(
      readQuoted(lexicon, '栎岗县2024年法治政府建设情况报告\n2024年，县政府坚持依法行政。全县现有执法记录仪236台，2025年底前配备至310台。\n').facts,
    );
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=236:achieved', 'body_cameras=310:plan']);
  });

  it('but not the units it equips', () => {
    const facts = statusesOf(
      readQuoted(lexicon, '栎岗县2024年法治政府建设情况报告\n2024年，县政府坚持依法行政。新购执法记录仪48台，配备至各执法中队。\n').facts,
    );
    expect(statusesWithId(facts, 'body_cameras')).toEqual(['body_cameras=48:achieved']);
  });
});

/**
 * The general rules added after the blind measurement of test/fixtures/heldout174 (figures paired with items by order), on
 * texts of our own: acts listed before the object the last one names (收到、办结…申请分别为a、b) pair in their own order, the
 * act opening the last item its own and the object the acts' before it; the figures of a 分别 / 依次 list that a larger
 * count of the same fact later in the sentence sums up (共计, 合计) are that total's parts, but the body's own item among its
 * units (县本级和各乡镇分别…); a list of years opening the sentence, its subject between them and 分别 (2022年、2023年、2024年
 * 县政府受理…分别为), gives the year's figure alone; the suits a court concluded are the body's when they name it the
 * defendant (法院审结以县政府为被告的案件), a court's own caseload when not; leaders listed after 由 before 各
 * (由镇长、副镇长各出庭1件) count each one's, as they do at the clause's start; amounts of change listed after 分别
 * (同比分别增长12%和20%) are all amounts, and the clause after them naming no cue (,达到56件、48件) pairs with the same list; a
 * first item naming no cue lets its verb lead the list (审核会议议题、…、政府合同分别为), 及 before a later 、 joins inside an item,
 * a count's cue in the last item is no measure of whose the other items share; the 的 closing a list of acts is none of the last
 * act; 参训人数分别为a、b with no list before it gives each number to that measure.
 */
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { readFileQuoted, statusesWithId } from './helpers.js';

const lexicon = await loadLexicon();

/** A county's report of 2024 with `body` as its one section of work. */
const report = (body: string) => `芫溪县2024年法治政府建设情况报告
2024年，芫溪县人民政府坚持以习近平法治思想为指导，把依法行政贯穿于政府工作各个环节。现将全年工作情况报告如下。
一、主要工作
${body}
二、2025年工作打算
持续推进法治政府建设。
芫溪县人民政府
2025年1月20日
`;

const facts = async (body: string, id: string) => statusesWithId((await readFileQuoted(lexicon, report(body), 'yuanxi.txt')).facts, id);

describe('acts listed before the object the last one names', () => {
  it('pair in their own order, not in the order of their cues', async () => {
    const body = '县政府收到、办结政府信息公开申请分别为43件、40件，另有3件依法延期答复。';
    expect(await facts(body, 'disclosure_requests')).toEqual(['disclosure_requests=43:achieved']);
    expect(await facts(body, 'disclosure_requests_closed')).toEqual(['disclosure_requests_closed=40:achieved']);
  });

  it('but acts that are cues of their own keep pairing by them', async () => {
    const body = '县政府受理、办结行政复议案件分别为37件、35件。';
    expect(await facts(body, 'reconsideration_cases')).toEqual(['reconsideration_cases=37:achieved']);
    expect(await facts(body, 'reconsideration_closed')).toEqual(['reconsideration_closed=35:achieved']);
  });
});

describe('a 分别 / 依次 list its sentence sums up', () => {
  it('gives the total alone: the listed figures are its parts', async () => {
    expect(await facts('县公安、城管、交通三个执法部门依次配备执法记录仪61台、45台、30台，全县共计136台。', 'body_cameras')).toEqual([
      'body_cameras=136:achieved',
    ]);
    expect(await facts('镇调委会、村调委会分别调解矛盾纠纷130件、410件，另有专业调委会调解36件，全县合计576件。', 'disputes_mediated')).toEqual([
      'disputes_mediated=576:achieved',
    ]);
  });

  it('but the body’s own item among its units stays its figure', async () => {
    expect(await facts('县本级和各乡镇人民调解组织分别调解矛盾纠纷210件、1,650件，合计1,860件。', 'disputes_mediated')).toEqual([
      'disputes_mediated=210:achieved',
      'disputes_mediated=1860:achieved',
    ]);
  });

  it('but a list with no total after it keeps its figures', async () => {
    expect(await facts('县政府法律顾问、公职律师分别为8名、21名，实现合法性审查全覆盖。', 'public_lawyers')).toEqual(['public_lawyers=21:achieved']);
  });
});

describe('years listed before the subject and 分别', () => {
  it('give the year reported on its figure, the others none', async () => {
    expect(await facts('2022年、2023年、2024年县政府受理行政复议案件分别为44件、39件、51件。', 'reconsideration_cases')).toEqual([
      'reconsideration_cases=51:achieved',
    ]);
  });

  it('but items that are no years pair as any list', async () => {
    expect(await facts('县政府受理、办结行政复议案件分别为51件、48件。', 'reconsideration_cases')).toEqual(['reconsideration_cases=51:achieved']);
  });
});

describe('the suits a court concluded', () => {
  it('are the body’s when they name it the defendant', async () => {
    expect(await facts('县人民法院全年审结以县政府部门为被告的一审行政案件37件。', 'litigation_cases')).toEqual(['litigation_cases=37:achieved']);
  });

  it('but a court’s own caseload when they name no defendant', async () => {
    const body = '县人民法院全年审结一审行政案件152件。全县行政应诉案件49件。';
    expect(await facts(body, 'litigation_cases')).toEqual(['litigation_cases=49:achieved']);
  });

  it('but the suits a court took in against the body are its own', async () => {
    expect(await facts('法院受理以县政府及其工作部门为被告的一审行政案件63件。', 'litigation_cases')).toEqual(['litigation_cases=63:achieved']);
  });
});

describe('leaders listed after 由 before 各', () => {
  it('count each one’s appearance', async () => {
    expect(await facts('县政府作为被告的行政诉讼案件2件，由县长、分管副县长各出庭1件。', 'head_appearance_cases')).toEqual([
      'head_appearance_cases=2:achieved',
    ]);
  });

  it('but one leader after 由 counts his own', async () => {
    expect(await facts('县政府作为被告的行政诉讼案件3件，由分管副县长出庭1件。', 'head_appearance_cases')).toEqual(['head_appearance_cases=1:achieved']);
  });
});

describe('amounts of change listed after 分别', () => {
  it('are amounts each, and the figures after them pair with the list', async () => {
    const body = '全县行政复议案件和负责人出庭应诉案件同比分别增长10%和25%，达到44件、35件。';
    expect(await facts(body, 'reconsideration_cases')).toEqual(['reconsideration_cases=44:achieved']);
    expect(await facts(body, 'head_appearance_cases')).toEqual(['head_appearance_cases=35:achieved']);
    expect(await facts(body, 'head_appearance_rate')).toEqual([]);
  });

  it('but a clause naming a cue of its own after them is read for it', async () => {
    const body = '全县行政复议案件和行政应诉案件同比分别增长10%和25%，负责人出庭应诉案件35件。';
    expect(await facts(body, 'head_appearance_cases')).toEqual(['head_appearance_cases=35:achieved']);
    expect(await facts(body, 'reconsideration_cases')).toEqual([]);
  });
});

describe('lists of items before 分别', () => {
  it('pair the third item with its figure, the verb of a first item naming no cue leading them', async () => {
    const body = '县司法局审核县政府常务会议议题、县政府及部门文件、政府合同分别为52件、71件、29件。';
    expect(await facts(body, 'contracts_reviewed')).toEqual(['contracts_reviewed=29:achieved']);
    expect(await facts('县司法局审核县政府文件、政府合同分别为71件、29件。', 'contracts_reviewed')).toEqual(['contracts_reviewed=29:achieved']);
  });

  it('read a list of acts closed by 的 by each act', async () => {
    expect(await facts('对县政府规范性文件开展集中清理，修改、废止的分别为8件、5件。', 'normative_docs_cleaned')).toEqual([
      'normative_docs_cleaned=5:achieved',
    ]);
  });

  it('give each figure after a measure of one cue to it', async () => {
    const body = '举办执法人员通用法律知识培训、专业法律知识培训两期，参训人数分别为820人、640人。';
    expect(await facts(body, 'enforcement_training_participants')).toEqual([
      'enforcement_training_participants=820:achieved',
      'enforcement_training_participants=640:achieved',
    ]);
  });

  it('but rates after a list of whose still share the last item’s cue', async () => {
    const body = '人大代表建议、政协委员提案按期办结率分别为100%、98%。';
    expect(await facts(body, 'proposals_completion_rate')).toEqual(['proposals_completion_rate=100:achieved', 'proposals_completion_rate=98:achieved']);
  });
});

/**
 * A word screen rules a text out only when no regex of its set can match there: a text it wrongly
 * rules out would lose its marks (and with them facts) without a trace.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../../src/facts/index.js';
import { compileTables, marksOf, OTHER_PERIOD_MARKS, screenOf, type ReportOf } from '../../src/facts/passes/tables.js';
import { mayMatch, mayMatchWhole, screenOfRegex, WordScreen } from '../../src/util/word-screen.js';

/** Whether the regex matches somewhere in the text, also when it is anchored (a clause is read as a slice of its sentence). */
const matchesInside = (re: RegExp, text: string): boolean => {
  const plain = new RegExp(re.source, re.flags.replace('g', ''));
  for (let i = 0; i <= text.length; i++) if (plain.test(text.slice(i))) return true;
  return false;
};

const lexicon = await loadLexicon();
const tables = compileTables(lexicon);
/** Every mark the other-period pass reads for a report: the tables' one list of them. */
const markers = (report: ReportOf): RegExp[] => Object.values(tables.otherPeriodMarks(report));

describe('word screens', () => {
  it('hold a text with a word every match of one of their regexes needs, and rule out one without', () => {
    const screen = WordScreen.of([/(?:上一?年|前年)度?/, /每(个)?月/])!;
    expect(screen.heldBy('上年度受理复议申请20件')).toBe(true);
    expect(screen.heldBy('坚持每个月开展一次学法')).toBe(true);
    expect(screen.heldBy('本年度受理复议申请20件')).toBe(false);
    expect(screen.heldBy('')).toBe(false);
  });

  it('are none when a regex needs no word', () => {
    expect(WordScreen.of([/上年/, /\d+/])).toBeNull();
    expect(WordScreen.of([/上年/, /(?!)/])).toBeNull();
  });

  it('never rule out a text a regex of theirs matches in', () => {
    const word = fc.constantFrom('甲', '乙', '丙', '甲乙', '乙丙', '丁');
    const part = fc.oneof(
      word,
      word.map((w) => `(?:${w})?`),
      fc.tuple(word, word).map(([a, b]) => `(?:${a}|${b})`),
      fc.constant('[^,]{0,3}'),
    );
    const source = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(source, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[甲乙丙丁戊,]{0,10}$/), (sources, text) => {
        const regexes = sources.map((s) => new RegExp(s));
        const screen = WordScreen.of(regexes);
        if (screen !== null && regexes.some((re) => re.test(text))) expect(screen.heldBy(text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('of a whole text never rule out a text a regex matches, with options anchored at its end', () => {
    const word = fc.constantFrom('甲', '乙', '丙', '甲乙', '乙丙', '丁');
    const part = fc.oneof(
      word,
      word.map((w) => `(?:${w})?`),
      fc.tuple(word, word).map(([a, b]) => `(?:${a}|${b})`),
      fc.constantFrom('[^,]{0,3}', '(?<!甲)', '(?=乙)', '$', '^'),
    );
    const option = fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    const source = fc.tuple(fc.array(option, { minLength: 1, maxLength: 3 }), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }));
    fc.assert(
      fc.property(source, fc.constantFrom('', 'm'), fc.stringMatching(/^[甲乙丙丁戊,\n]{0,10}$/), ([options, anchored], flags, text) => {
        const re = new RegExp(options.map((o, k) => (anchored[k] ? `${o}$` : o)).join('|'), flags);
        if (re.test(text)) expect(mayMatchWhole(re, text)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('of a whole title rule out a title that does not end as an anchored option of the pattern ends', () => {
    const re = /(?:书记|局长)履行法治建设第一责任人职责的?报告$|调研报告|(?:执法|复议)(?:情况)?的?报告$/;
    expect(mayMatchWhole(re, '某县2024年法治政府建设情况的报告')).toBe(false);
    expect(mayMatchWhole(re, '某县行政复议情况的报告(征求意见稿)')).toBe(false);
    expect(mayMatchWhole(re, '某县行政复议情况的报告')).toBe(true);
    expect(mayMatchWhole(re, '关于某县调研报告的说明')).toBe(true);
  });

  describe('of the other-period marks', () => {
    const department = '柘川市自然资源和规划局';
    // every report the marks differ by: its year (none too), its kind (an annual report or a paper about a
    // period), its voice, a department's name or none
    const reports = [null, 2016, 2021, 2024, 2025].flatMap((year) =>
      (['annual_report', 'other'] as const).flatMap((kind) =>
        [false, true].flatMap((spokenAfter) =>
          [
            { level: 'county' as const, place: null },
            { level: 'department' as const, place: department },
          ].map((body) => ({ year, kind, spokenAfter, ...body })),
        ),
      ),
    );

    it('hold every text of the rules and ours where a mark matches, for any year, voice and body', () => {
      const texts = [
        ...lexicon.examples.map((x) => x.text),
        // our own wording for each kind of mark, with years around the reports', and sentences none of them fits
        '2019年以来,累计审核规范性文件30件',
        '2013年至2015年,县政府共出台规范性文件9件',
        '2020年度全县受理复议申请41件',
        '注:3.2022年全县持证执法人员为512名',
        '全年办结复议案件30件,比2023年多办结4件',
        '另有2件于2026年2月办结',
        '另有1件于2025年3月办结',
        '去年全县受理行政复议申请33件',
        '与2021年全县受理的复议申请相比,今年增加5件',
        '回顾“十三五”时期,累计培训执法人员1,200人次',
        '第一季度学法2次、第二季度学法3次',
        '坚持每季度召开一次常务会议学法',
        '对现行有效的规范性文件开展清理',
        '另有执法人员12名,未纳入上述统计',
        '全市行政诉讼案件80件,涉市自然资源和规划局案件占比四成',
        '本年度共审核规范性文件18件,审核率100%',
        '组织全体执法人员参加旁听庭审活动',
      ];
      let matched = 0;
      let ruledOut = 0;
      for (const report of reports) {
        const regexes = markers(report);
        const screen = tables.otherPeriodScreen(report.year);
        expect(screen).not.toBeNull();
        for (const text of texts) {
          const held = screen!.heldBy(text);
          if (!held) ruledOut++;
          if (!regexes.some((re) => matchesInside(re, text))) continue;
          matched++;
          expect(held, `${JSON.stringify(report)} ${text}`).toBe(true);
        }
      }
      expect(matched).toBeGreaterThan(reports.length * 10);
      expect(ruledOut).toBeGreaterThan(reports.length);
    });

    it('hold every text made of year words and others where a mark matches', () => {
      const year = fc.integer({ min: 1990, max: 2030 });
      const piece = fc.oneof(
        year.map((y) => `${y}年`),
        year.map((y) => `于${y}年`),
        fc.constantFrom(
          '以来',
          '至',
          '度',
          '年',
          '于',
          '月',
          '3月',
          '12月',
          '办结',
          ',',
          ';',
          '(',
          ')',
          '全县',
          '受理',
          '案件',
          '12件',
          '比',
          '多',
          '少',
          '上年',
          '去年',
        ),
        fc.constantFrom('第一季度', '每月', '现行有效', '未纳入上述统计', '涉本局', '占比', '三年来', '本届政府以来', '将', '计划'),
      );
      fc.assert(
        fc.property(fc.constantFrom(...reports), fc.array(piece, { minLength: 1, maxLength: 6 }), (report, pieces) => {
          const text = pieces.join('');
          if (markers(report).some((re) => matchesInside(re, text))) expect(tables.otherPeriodScreen(report.year)!.heldBy(text), text).toBe(true);
        }),
        { numRuns: 3000 },
      );
    });

    it('see a mark added to the table alone, with its years spelled out per report', () => {
      // a mark of no rule, dated a later year: nothing of the table's screen holds the text before (a later year
      // written with 年 is a word of the table's own: 截至2025年2月底)
      const added = { ...OTHER_PERIOD_MARKS, exhibits: { patterns: () => ['{later}届旁证材料'] } };
      const screen = screenOf(lexicon.passes.other_period, added);
      const marks = marksOf(lexicon.passes.other_period, added);
      const report = (year: number): ReportOf => ({ year, kind: 'annual_report', spokenAfter: false, level: 'county', place: null });
      const text = '附2025届旁证材料12份';
      expect(tables.otherPeriodScreen(2024)!.heldBy(text)).toBe(false);
      expect(marks(report(2024)).exhibits.test(text)).toBe(true);
      expect(screen(2024)!.heldBy(text)).toBe(true);
      // 2025 is no later year of its own report: neither the mark nor the screen sees it
      expect(marks(report(2025)).exhibits.test(text)).toBe(false);
      expect(screen(2025)!.heldBy(text)).toBe(false);
      // the table's other marks compile as the tables' own
      expect(marks(report(2024)).opening.source).toBe(tables.otherPeriodMarks(report(2024)).opening.source);
    });

    it("compile a department's marks as a fresh table would, sharing those that do not name it", () => {
      const department = (place: string | null, spokenAfter = false): ReportOf => ({
        year: 2024,
        kind: 'annual_report',
        spokenAfter,
        level: 'department',
        place,
      });
      const fresh = (report: ReportOf) => marksOf(lexicon.passes.other_period, OTHER_PERIOD_MARKS)(report);
      const county: ReportOf = { year: 2024, kind: 'annual_report', spokenAfter: false, level: 'county', place: '青石县' };
      for (const report of [department('青石县司法局'), department('青石县市场监督管理局', true), department('青石县司法局', true), department(null)]) {
        const marks = tables.otherPeriodMarks(report);
        const own = fresh(report);
        const shared = tables.otherPeriodMarks({ ...county, spokenAfter: report.spokenAfter });
        for (const name of Object.keys(OTHER_PERIOD_MARKS) as Array<keyof typeof OTHER_PERIOD_MARKS>) {
          expect(marks[name].source, name).toBe(own[name].source);
          expect(marks[name].flags, name).toBe(own[name].flags);
          // only the mark that names the department differs from a county's report of the year and voice
          if (name !== 'leftOut' || report.place === null) expect(marks[name], name).toBe(shared[name]);
        }
      }
      expect(tables.otherPeriodMarks(department('青石县司法局')).leftOut.test('涉青石县司法局案件占比56%')).toBe(true);
      expect(tables.otherPeriodMarks(department('青石县市场监督管理局')).leftOut.test('涉青石县司法局案件占比56%')).toBe(false);
    });

    it("rule out a year that is none of the marks' for the report", () => {
      // 2019 is earlier than 2024's report, not 2016's; nothing else in the text is a mark's word
      expect(tables.otherPeriodScreen(2024)!.heldBy('2019年以来全县累计审核文件30件')).toBe(true);
      expect(tables.otherPeriodScreen(2016)!.heldBy('2019年以来全县累计审核文件30件')).toBe(false);
      expect(tables.otherPeriodScreen(null)!.heldBy('2019年以来全县累计审核文件30件')).toBe(false);
    });
  });

  describe('of one regex', () => {
    it('are read once per regex, and none when the regex needs no word', () => {
      const re = /(?:上一?年|前年)度?/;
      expect(screenOfRegex(re)).toBe(screenOfRegex(re));
      expect(screenOfRegex(/\d+/)).toBeNull();
      expect(mayMatch(/\d+/, '全年')).toBe(true);
      expect(mayMatch(re, '前年度受理')).toBe(true);
      expect(mayMatch(re, '本年度受理')).toBe(false);
    });

    // the other-period pass screens each clause by its opening's own screen, the subordinate-level pass a sentence
    // by the screens of the patterns it reads its clauses' leads with
    const report = (year: number | null, spokenAfter: boolean): ReportOf => ({ year, kind: 'annual_report', spokenAfter, level: 'county', place: null });
    const openings = [null, 2016, 2021, 2024].flatMap((year) => [false, true].map((spokenAfter) => tables.otherPeriodMarks(report(year, spokenAfter)).opening));
    const subordinate = [...[...new Set(tables.subordinates.values())].map((units) => units.anaphor), ...new Set(tables.unitsAveraged.values())];
    const leads = [...openings, ...subordinate, tables.sampledUnits];

    it('hold every clause of ours a pattern matches, and rule out others', () => {
      const clauses = [
        '2019年以来累计审核规范性文件30件',
        '上年度全县受理复议申请41件',
        '“十三五”期间全县新增公职律师12名',
        '近三年来全县累计培训执法人员900人次',
        '自2018年县法治政府建设实施方案印发以来',
        '比上年多办结4件',
        '去年全县受理行政复议申请33件',
        '县司法局三年来共调解纠纷96件',
        '该镇聘请法律顾问2名',
        '该街道调解纠纷19件',
        '市司法局抽查的三个区共办理复议案件27件',
        '各乡镇平均配备法制审核人员3名',
        '各县区平均出庭率为95.3%',
        '全年共审核规范性文件18件',
        '组织执法人员旁听庭审',
        '审核率100%',
      ];
      let matched = 0;
      let ruledOut = 0;
      for (const re of leads) {
        expect(screenOfRegex(re), re.source.slice(0, 60)).not.toBeNull();
        for (const clause of clauses) {
          if (!mayMatch(re, clause)) ruledOut++;
          if (!re.test(clause)) continue;
          matched++;
          expect(mayMatch(re, clause), clause).toBe(true);
        }
      }
      expect(matched).toBeGreaterThan(openings.length * 5);
      expect(ruledOut).toBeGreaterThan(leads.length * 3);
    });

    it('hold every clause made of period and place words that a pattern matches', () => {
      const piece = fc.oneof(
        fc.integer({ min: 1990, max: 2030 }).map((y) => `${y}年`),
        fc.constantFrom('以来', '至', '度', '年', '上', '前', '近', '三', '来', '间', '十三五', '“', '”', '期间', '普法', '本届', '政府'),
        fc.constantFrom(
          '全县',
          '县司法局',
          '该',
          '镇',
          '村',
          '街道',
          '抽查',
          '的',
          '三个区',
          '各乡镇',
          '各县区',
          '平均',
          '开展',
          '实施',
          '比',
          '多',
          '同比',
          '累计',
          '12件',
        ),
      );
      fc.assert(
        fc.property(fc.constantFrom(...leads), fc.array(piece, { minLength: 1, maxLength: 6 }), (re, pieces) => {
          const clause = pieces.join('');
          if (re.test(clause)) expect(mayMatch(re, clause), clause).toBe(true);
        }),
        { numRuns: 3000 },
      );
    });

    it('rule a sentence out only when none of its clauses, lead or part, holds a word of the screen', () => {
      // a lead is a part of its sentence: the sentence holds what the lead holds
      const sentence = '全年调解纠纷96件,该村调解纠纷19件';
      const anaphor = tables.subordinates.get('county')!.anaphor;
      expect(anaphor.test('该村调解纠纷19件')).toBe(true);
      expect(mayMatch(anaphor, sentence)).toBe(true);
      expect(mayMatch(anaphor, '全年调解纠纷96件,各村调解纠纷19件')).toBe(false);
    });
  });

  describe("of a unit head's speaking", () => {
    // the subordinate-level pass reads the clauses' leads for a head's speaking only in a sentence its screen holds
    // (a pattern with the `u` flag, read as without it); the place patterns of the superior-level pass have screens
    // too, held to them here, though too many sentences hold their words (县, 市) for the pass to gain by them
    const speaking = tables.headLabel.speaking;
    const patterns = [
      speaking,
      tables.otherPlaceSubject,
      tables.otherPlaceWhole,
      tables.neighbourLead,
      ...new Set([...tables.bodies.values()].map((body) => body.followedDocument)),
    ];

    it('has a screen, which holds every lead of ours the pattern matches', () => {
      const leads = [
        '县林业局局长在述法中介绍',
        '白沙镇镇长述法时说',
        '泊江区组织开展执法培训',
        '嵘州市全年受理复议申请120件',
        '泷州全市共审核文件30件',
        '邻县受理复议申请41件',
        '周边县区出庭率为95%',
        '对照市政府印发的重大行政决策事项目录',
        '全年调解纠纷96件',
        '审核率100%',
      ];
      let matched = 0;
      for (const re of patterns) {
        expect(screenOfRegex(re), re.source.slice(0, 60)).not.toBeNull();
        for (const lead of leads) {
          if (!re.test(lead)) continue;
          matched++;
          expect(mayMatch(re, lead), lead).toBe(true);
        }
      }
      expect(matched).toBeGreaterThanOrEqual(6);
      expect(speaking.test('县林业局局长在述法中介绍')).toBe(true);
      expect(mayMatch(speaking, '全年调解纠纷96件,审核率100%')).toBe(false);
    });

    it('holds every lead made of place, post and speech words that a pattern matches', () => {
      const piece = fc.oneof(
        fc.constantFrom('县', '市', '区', '镇', '全', '泊江', '嵘州', '白沙', '林业局', '司法所', '邻', '周边', '对照', '印发的', '目录'),
        fc.constantFrom('局长', '镇长', '书记', '负责人', '在述法中', '介绍', '说', '汇报', '组织', '全年', '共', '受理', '12件', ','),
      );
      fc.assert(
        fc.property(fc.constantFrom(...patterns), fc.array(piece, { minLength: 1, maxLength: 6 }), (re, pieces) => {
          const lead = pieces.join('');
          if (re.test(lead)) expect(mayMatch(re, lead), lead).toBe(true);
        }),
        { numRuns: 3000 },
      );
    });
  });

  describe('of the label patterns', () => {
    // the subordinate-level pass reads neither label of a sentence that holds no label mark
    const marks = lexicon.passes.subordinate_level.label_marks;
    const labels = [tables.headLabel.label, ...[...new Set(tables.subordinates.values())].map((units) => units.label)];

    it('match only where a label mark stands', () => {
      const piece = fc.oneof(
        fc.constantFrom('1.', '(2)', '三、', '①', '●', ' ', '县', '青石镇', '县水利局', '白鹭社区', '石湾村', '镇长', '局长', '书记', '负责人'),
        fc.constantFrom(...marks, ',', '。', '调解纠纷19件', '行政应诉5件'),
      );
      let labelled = 0;
      fc.assert(
        fc.property(fc.constantFrom(...labels), fc.array(piece, { minLength: 1, maxLength: 6 }), (re, pieces) => {
          const text = pieces.join('');
          if (!re.test(text)) return;
          labelled++;
          expect(
            marks.some((mark) => text.includes(mark)),
            text,
          ).toBe(true);
        }),
        { numRuns: 3000 },
      );
      expect(labelled).toBeGreaterThan(0);
      expect(labels.some((re) => re.test('2.县水利局局长:行政应诉5件'))).toBe(true);
      expect(labels.some((re) => re.test('(2)青石镇:调解矛盾纠纷240件'))).toBe(true);
    });
  });
});

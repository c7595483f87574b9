import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../src/ingest/boilerplate.js';
import { foldCharacters } from '../../src/ingest/index.js';
import { foldInContext, mayConvert } from '../../src/ingest/fold.js';
import { seedsDir } from '../document/helpers.js';

const realDocsDir = path.resolve(seedsDir, '..', 'real', 'docs');
import { cleanupStructure, closeLetterSpacing, splitRunTogether } from '../../src/ingest/normalise.js';

describe('foldCharacters', () => {
  it('folds full-width ASCII forms and odd spaces, keeps Chinese punctuation', () => {
    const written = '\uFF11\uFF12\uFF05\uFF0C\uFF08\uFF41\uFF09\uFF1A\uFF1B\uFF0E\u3000\u00A0。、“”《》〔〕';
    expect(foldCharacters(written)).toBe('12%,(a):;.  。、“”《》〔〕');
  });

  it('converts traditional characters one for one', () => {
    expect(foldCharacters('執法監督')).toBe('执法监督');
  });

  it('always preserves length, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => foldCharacters(s).length === s.length),
      { numRuns: 300 },
    );
  });
});

describe('cleanupStructure', () => {
  it('unifies line ends, trims lines, collapses blank runs, drops invisible characters', () => {
    expect(cleanupStructure('\u3000\u3000第一段。  \r\n\r\n\r\n\r\n第二\u200B段。\r第三段。\n\n')).toBe('第一段。\n\n第二段。\n第三段。');
  });

  it('writes Markdown, box-drawn and space-aligned tables as rows of cells between |, without emphasis', () => {
    const markdown = '| 指标 | 2025年 | 较上年 |\n| :--- | ---: | ---: |\n| 执法记录仪(台) | 931 | +75 |\n办结**401件**。';
    expect(cleanupStructure(markdown)).toBe('指标 | 2025年 | 较上年\n执法记录仪(台) | 931 | +75\n办结401件。');
    const boxed = '┌──────┬────┬──────┐\n│指标  │单位│2025年│\n├──────┼────┼──────┤\n│执法记录仪│台  │4,315 │\n└──────┴────┴──────┘';
    // a unit in a column of its own stands after the row's label
    expect(cleanupStructure(boxed)).toBe('指标 | 单位 | 2025年\n执法记录仪(台) | 4,315');
    // the year reported on first, as in a web page's table
    const aligned = '项目            2024年      2025年\n受理(件)        1012        1348\n纠错率(%)       13.4        11.2\n全年受理  案件较多。';
    expect(cleanupStructure(aligned)).toBe('项目 | 2025年 | 2024年\n受理(件) | 1348 | 1012\n纠错率(%) | 11.2 | 13.4\n全年受理  案件较多。');
    // …also beside a column of other figures (两年合计), whose header is no heading run together with the row
    const totals =
      '\u3000\u3000指标\u3000\u3000\u3000\u30002024年\u3000\u30002025年\u3000\u3000两年合计\n\u3000\u3000受理（件）\u3000\u3000\u3000101\u3000\u3000\u3000\u3000134\u3000\u3000\u3000\u3000235';
    expect(cleanupStructure(totals)).toBe('指标 | 2025年 | 2024年 | 两年合计\n受理（件） | 134 | 101 | 235');
  });

  it("writes what was done before the target beside it, the target figure (a bound's too) again as a line its header names, and reads a row with remarks, bounds and dashes among its cells", () => {
    const targets = '项目\t年度目标\t完成值\t备注\n旁听庭审（人）\t≥150\t163\t超额完成\n公职律师（名）\t—\t18\t比上年多4名\n会前学法（次）\t12\t9\t未达标';
    expect(cleanupStructure(targets)).toBe(
      '项目 | 完成值 | 年度目标 | 备注\n旁听庭审（人） | 163 | ≥150 | 超额完成\n年度目标：旁听庭审（人） | 150\n公职律师（名） | 18 | — | 比上年多4名\n会前学法（次） | 9 | 12 | 未达标\n年度目标：会前学法（次） | 12',
    );
    // a row whose remark is left blank ends at its last figure: its target still goes after what was done
    const blankRemarks = '序号\t指标\t单位\t计划值\t实际值\t备注\n1\t法律顾问\t名\t40\t43\t\n2\t听证会\t场\t5\t3\t1场延至次年';
    expect(cleanupStructure(blankRemarks)).toBe(
      '指标 | 单位 | 实际值 | 计划值 | 备注\n法律顾问(名) | 43 | 40\n计划值：法律顾问(名) | 40\n听证会(场) | 3 | 5 | 1场延至次年\n计划值：听证会(场) | 5',
    );
    // …also in a table aligned by blanks, whose header's wide gaps are no headings run together (序号  指标 | 单位  目标值);
    // its column of points (分值) is left out
    const spaced =
      '序号  指标                      单位    目标值    完成值    分值\n1     政府常务会议会前学法        次      8         10        10\n2     行政执法人员培训            人次    1500      1712      10';
    expect(cleanupStructure(spaced)).toBe(
      '指标 | 单位 | 完成值 | 目标值\n政府常务会议会前学法(次) | 10 | 8\n目标值：政府常务会议会前学法(次) | 8\n行政执法人员培训(人次) | 1712 | 1500\n目标值：行政执法人员培训(人次) | 1500',
    );
    // without a header naming remarks, a row of words after its figure is prose
    expect(cleanupStructure('全年学法\t9次\t未达标')).toBe('全年学法\t9次\t未达标');
  });

  it('reads full-width bars between a label and figures as cell borders, years and figures in Chinese numerals too, not in a title', () => {
    const barred = '项目｜二〇二二年｜二〇二三年\n受理复议申请（件）｜肆拾贰｜伍拾壹\n化解纠纷（件）｜一百二十｜九十八';
    expect(cleanupStructure(barred)).toBe('项目 | 二〇二三年 | 二〇二二年\n受理复议申请（件） | 伍拾壹 | 肆拾贰\n化解纠纷（件） | 九十八 | 一百二十');
    for (const s of ['看图｜某区2023年法治政府建设报告', '转发｜收藏｜点赞']) expect(cleanupStructure(s)).toBe(s);
  });

  it("keeps a year header's column order over its rows when its last cell wrapped onto a line of its own", () => {
    const wrapped = '项目    2022年    2023年    三年\n累计\n办理复议（件）    40    52    130\n二、下一步打算';
    expect(cleanupStructure(wrapped).split('\n').slice(0, 3)).toEqual(['项目 | 2023年 | 2022年 | 三年', '累计', '办理复议（件） | 52 | 40 | 130']);
    // a short line under a row of figures ends the table: rows after it are no longer under its header
    const after = '项目    2022年    2023年\n办理复议（件）    40    52\n附表\n办理诉讼（件）    17    19';
    expect(cleanupStructure(after).split('\n').at(-1)).toBe('办理诉讼（件） | 17 | 19');
  });

  it('writes out the latest year row and the total row of a table whose columns are indicators, one row per indicator', () => {
    const years = '年份    执法人员（名）    复议收案（件）\n2023年    1,210    86\n2024年    1,254    91\n说明：数据来自统计年报。';
    expect(cleanupStructure(years)).toBe(
      '年份    执法人员（名）    复议收案（件）\n2023年 | 1,210 | 86\n2024年执法人员（名） | 1,254\n2024年复议收案（件） | 91\n说明：数据来自统计年报。',
    );
    const units = '街道 | 调处纠纷（件） | 公职律师（名）\n东城街道 | 120 | 3\n西城街道 | 98 | 2\n合计 | 218 | 5';
    expect(cleanupStructure(units)).toBe(
      '街道 | 调处纠纷（件） | 公职律师（名）\n东城街道 | 120 | 3\n西城街道 | 98 | 2\n合计调处纠纷（件） | 218\n合计公职律师（名） | 5',
    );
  });

  it('leaves out a 序号 column, and writes the counting word a header names after the label of a row without one', () => {
    const numbered = '序号 | 指标名称 | 单位 | 2022年完成\n1 | 公职律师 | 名 | 31\n2 | 执法人员培训 | 人次 | 1020';
    expect(cleanupStructure(numbered)).toBe('指标名称 | 单位 | 2022年完成\n公职律师(名) | 31\n执法人员培训(人次) | 1020');
    // a header over a header (数量（件） spanning the year columns) and a category beside each item
    const twoHeaders =
      '类别 | 项目 | 数量（件）\n类别 | 项目 | 2023年 | 2022年\n行政复议 | 审结 | 60 | 49\n负责人出庭应诉案件 | 38 | 40\n执法记录仪（台） | 12 | 9';
    expect(cleanupStructure(twoHeaders)).toBe(
      '类别 | 项目 | 数量（件）\n类别 | 项目 | 2023年 | 2022年\n行政复议审结(件) | 60 | 49\n负责人出庭应诉案件(件) | 38 | 40\n执法记录仪（台） | 12 | 9',
    );
    // headers naming several counting words name none for the rows
    expect(cleanupStructure('项目 | 人数(人) | 经费(万元)\n培训 | 120 | 3.5')).toBe('项目 | 人数(人) | 经费(万元)\n培训 | 120 | 3.5');
  });

  it('reads a table as Word saves it as 纯文本 (cells between tabs), under a header with 序号 and 单位 columns too', () => {
    const tabbed = '序号\t指标\t单位\t2024年\t2023年\n1\t审查行政协议\t份\t37\t29\n2\t负责人出庭应诉率\t%\t100\t96.5';
    expect(cleanupStructure(tabbed)).toBe('指标 | 单位 | 2024年 | 2023年\n审查行政协议(份) | 37 | 29\n负责人出庭应诉率(%) | 100 | 96.5');
    // a list item after its number and a tab is prose; a heading and its page number is a line of a table of contents
    const prose = '1.\t全年审查行政协议37份。\n一、主要举措和成效\t1\n二、存在的不足  3';
    expect(cleanupStructure(prose)).toBe(prose);
    expect(cleanupStructure('办理复议\t12\t9')).toBe('办理复议 | 12 | 9');
  });

  it('reads a table aligned by blanks with 序号 and 单位 columns as rows, whatever the width of its serial numbers', () => {
    const layout = [
      '  序号   指标名称                  单位      2023年      2022年',
      '  9      公职律师                  名        41          35',
      '  10     复议申请受理              件        132         118',
    ].join('\n');
    expect(cleanupStructure(layout)).toBe('指标名称 | 单位 | 2023年 | 2022年\n公职律师(名) | 41 | 35\n复议申请受理(件) | 132 | 118');
  });

  it('drops the blanks set around Markdown emphasis between Chinese words, not others', () => {
    expect(cleanupStructure('常务会议专题研究 **2次**,全市 **1,126名** 领导干部参加,**致:** 某省人民政府')).toBe(
      '常务会议专题研究2次,全市1,126名领导干部参加,致:某省人民政府',
    );
  });

  it('closes a blank between two Chinese characters in a line of prose, not in a line of labels', () => {
    const other = '全年审查合同48件,出具法律意见书96份,合法性审查率100%。';
    expect(cleanupStructure(`举办法 治 专 题 讲 座3期,持证行政执 法人员1,460名。\n${other}`)).toBe(`举办法治专题讲座3期,持证行政执法人员1,460名。\n${other}`);
    for (const s of [
      '索引号 发布机构 区政府',
      '首页 政务公开 政务服务',
      '配置执法记录仪 805 台。',
      '4、行政执法方面 全区行政执法主体51个 持证执法人员1,783名,法制审核人员66名。',
    ])
      expect(cleanupStructure(`${s}\n${other}`)).toBe(`${s}\n${other}`);
  });

  it("closes up figures OCR read apart where the text holds three or more, its look-alikes read as digits, in prose, across a line's end and in a table", () => {
    const scanned =
      '全年召开常务会议学法1 2次,审核合同3 O 6件,审查率1 0 0 %,纠错率1 1 . 4%,培训2 4OO余人次,受理\n复议案件2 7\n5件、诉讼案件1\nl件。\n' +
      '项  目          2023年        2024年       增 减\n受理(件)          2 3 8          2 7 5         +37';
    expect(cleanupStructure(scanned)).toBe(
      '全年召开常务会议学法12次,审核合同306件,审查率100 %,纠错率11.4%,培训2400余人次,受理\n复议案件27\n5件、诉讼案件1\n1件。\n' +
        '项目 | 2024年 | 2023年 | 增减\n受理(件) | 275 | 238 | +37',
    );
    // two figures apart are no sign of OCR (a thousands group, a letter-spaced figure), and a letter stays a letter
    const ordinary = '办理第1 2件提案,培训1 200人次。\nCO 2排放下降3 4吨。';
    expect(cleanupStructure(ordinary)).toBe(ordinary);
    // …nor are two figures of several digits set apart at a line's end: two columns
    expect(cleanupStructure(`${scanned}\n审结 238 275`)).toMatch(/\n审结 238 275$/);
  });

  it('drops emphasis brackets around a figure, not a tag of words', () => {
    expect(cleanupStructure('● 会前学法:【10次】;审查率【100%】;出庭应诉率保持【不少于95%】\n【图解】某区工作')).toBe(
      '● 会前学法:10次;审查率100%;出庭应诉率保持不少于95%\n【图解】某区工作',
    );
  });
});

describe('foldInContext', () => {
  it('writes years in Chinese numerals as digits', () => {
    expect(foldInContext('二〇二三年度报告,二○二四年一月,一九九八年起,二零二五年')).toBe('2023年度报告,2024年一月,1998年起,2025年');
  });

  it('writes a count in Chinese numerals digit by digit as digits, not a counting form or a word', () => {
    expect(foldInContext('调处纠纷一〇五件,走访三〇二户,受理二〇〇名')).toBe('调处纠纷105件,走访302户,受理200名');
    for (const s of ['一百零八件', '统一零件3件', '第一〇五号', '一〇至一二']) expect(foldInContext(s)).toBe(s);
  });

  it('reads 〇 inside a counting form as 零 and 参 beside a financial rank as 叁', () => {
    expect(foldInContext('一千〇八件,二百○五名,贰仟叁佰〇捌件,玖佰〇叁名,参拾柒名,壹佰〇参件,贰拾参次')).toBe(
      '一千零八件,二百零五名,贰仟叁佰零捌件,玖佰零叁名,叁拾柒名,壹佰零叁件,贰拾叁次',
    );
    for (const s of ['二〇二三', '百〇', '参加培训', '执法队伍参训', '参与拾遗']) expect(foldInContext(s)).toBe(s);
  });

  it('leaves other Chinese numbers alone', () => {
    for (const s of ['一二三四年', '三十二年来', '二〇二三', '第二〇二三号', '十九年']) expect(foldInContext(s)).toBe(s);
  });

  it('reads a full stop typed as "." after a Chinese word or a percentage, not in a number or after a heading numeral', () => {
    expect(foldInContext('工作取得成效.县委高度重视.\n办结率98.5%.2023年完成')).toBe('工作取得成效。县委高度重视。\n办结率98.5%.2023年完成');
    expect(foldInContext('一.主要举措\n十二.其他事项\n(三)落实.')).toBe('一.主要举措\n十二.其他事项\n(三)落实。');
    expect(foldInContext('考试合格率达100%.二是压实责任.\n覆盖率95%.\n占比12.5%.(一)')).toBe('考试合格率达100%。二是压实责任。\n覆盖率95%。\n占比12.5%。(一)');
  });

  it('reads the letters OCR gives for digits in a number before its unit or date, not in a word', () => {
    expect(foldInContext('关于2O23年度,2〇23年3月,旁听l34名,覆盖率达1O0%,1,46O名,9O件,共2l6件,不少于l2次,9OO台,2O日')).toBe(
      '关于2023年度,2023年3月,旁听134名,覆盖率达100%,1,460名,90件,共216件,不少于12次,900台,20日',
    );
    for (const s of ['O2O模式3次', 'O2O件', 'PM2.5和O3浓度', 'CO2排放', '索引号: l379250--2023-0009', 'ISO9001认证', 'No.1号', 'Top10名', 'lO件'])
      expect(foldInContext(s)).toBe(s);
  });

  it('keeps the length, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...'〇○零一二三四五六七八九十年.。9 \nOl名法治'), { maxLength: 60 }), (cs) => {
        const s = cs.join('');
        return foldInContext(s).length === s.length;
      }),
      { numRuns: 500 },
    );
  });
});

describe('splitRunTogether', () => {
  const indent = '\u3000\u3000';
  it('starts a line again at an indent after a sentence end, before an outline heading, after a heading', () => {
    const run = `全年工作取得积极成效。${indent}一、主要举措${indent}(一)加强组织领导,压实工作责任${indent}持续推进依法决策${indent}全区公布决策事项6项。`;
    expect(
      splitRunTogether(run)
        .split('\n')
        .map((line) => line.trim()),
    ).toEqual(['全年工作取得积极成效。', '一、主要举措', '(一)加强组织领导,压实工作责任', '持续推进依法决策', '全区公布决策事项6项。']);
  });

  it('starts a line again at a single blank in a whole text run into one line, also before a year', () => {
    const run =
      '某县2024年法治政府建设情况报告 2024年,某县持续推进依法行政。 一、主要工作 (一)加强领导。县政府常务会议学法6次。 二、存在的问题 一是力量不足。 某县人民政府 2025年1月20日';
    expect(
      splitRunTogether(run)
        .split('\n')
        .map((line) => line.trim()),
    ).toEqual([
      '某县2024年法治政府建设情况报告',
      '2024年,某县持续推进依法行政。',
      '一、主要工作',
      '(一)加强领导。县政府常务会议学法6次。',
      '二、存在的问题',
      '一是力量不足。',
      '某县人民政府',
      '2025年1月20日',
    ]);
    // a line among others keeps its single blanks: only a text that lost every break is split there
    const lines = `某县2024年法治政府建设情况报告\n${'县政府常务会议学法6次。'.repeat(3)}\n审核文件 2024年度 12件。`;
    expect(splitRunTogether(lines)).toBe(lines);
  });

  it('leaves table cells, spaced labels, narrow gaps and mid-sentence gaps alone', () => {
    for (const s of [
      `行政复议案件${indent}86件`,
      `文${indent}号:某政发〔2024〕3号`,
      '全区办理案件  30件。',
      `本年度全区持续推进依法行政工作,${indent}取得了成效。`,
      // a row aligned by blanks: its serial number and label are no heading
      '  12     行政应诉案件出庭        件        37          29',
    ]) {
      expect(splitRunTogether(s)).toBe(s);
    }
  });
});

describe('closeLetterSpacing', () => {
  it('closes up a letter-spaced line; a wider gap stays as one space', () => {
    expect(closeLetterSpacing('全 区 办 理 行 政 复 议 案 件 1 2 6 件 ,  O A 系 统')).toBe('全区办理行政复议案件126件, OA系统');
    expect(closeLetterSpacing('法\u3000治\u3000政\u3000府\u3000建\u3000设')).toBe('法治政府建设');
  });

  it('closes up a line whose Chinese characters stand apart around whole numbers', () => {
    expect(closeLetterSpacing('共 调 解 矛 盾 纠 纷 2816 件 , 调 解 成 功 率 98.4% 。')).toBe('共调解矛盾纠纷2816件,调解成功率98.4%。');
  });

  it('leaves ordinary lines with spaces alone', () => {
    for (const s of [
      '报 告',
      '县政府常务会议专题研究法治工作 3 次,全年学法 11 次。',
      '目 录',
      'A B C D E F',
      '合计 5472 632 645 100%',
      '复议 73 69 9 13% 5 6',
    ]) {
      expect(closeLetterSpacing(s)).toBe(s);
    }
  });
});

describe('isBoilerplateLine', () => {
  const chrome = [
    '您的位置：首页 > 信息公开 > 规划计划',
    '首页 > 政务公开',
    '字号：【大 中 小】',
    '字体：[大] [中] [小]',
    '分享到：',
    '分享：微信 微博 QQ空间',
    '【打印本页】【关闭窗口】',
    '打印 | 关闭 | 收藏',
    '返回顶部',
    '请输入关键字',
    '版權所有：某某市人民政府',
    '技术支持：某某信息科技有限公司',
    '某ICP备12345678号-1',
    '网站标识码：1234000001',
    '手机版',
    '扫一扫在手机打开当前页',
    '浏览次数：1024',
    '来源：市司法局',
    '相关附件：',
    '收起',
    '联系电话：0123-12345678',
    '上一篇：关于开展执法检查的通知',
  ];
  it.each(chrome)('drops %s', (line) => expect(isBoilerplateLine(line)).toBe(true));

  const report = [
    '日期：2020-02-18',
    '发布时间：2021-03-30 来源：区司法局',
    '一、2022年推进法治政府建设的主要举措和成效',
    '开通12345政务服务便民热线，设立举报电话，全年受理群众来电8600余件。',
    '来源于群众的意见建议全部办结。',
    '特此报告。',
    '某某区人民政府',
    '分享经验做法，推广典型案例。',
    '打印机、电脑等办公设备统一采购。',
  ];
  it.each(report)('keeps %s', (line) => expect(isBoilerplateLine(line)).toBe(false));
});

describe('the lines the traditional fold skips', () => {
  type Convert = (text: string) => string;
  const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' }) as Convert;
  const toTraditional = [OpenCC.Converter({ from: 'cn', to: 'hk' }) as Convert, OpenCC.Converter({ from: 'cn', to: 'tw' }) as Convert];
  const lines = [seedsDir, realDocsDir].flatMap((dir) => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length, dir).toBeGreaterThan(0);
    return files.flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'));
  });

  it('convert to themselves: a line that may not convert never does (real reports, as written and in traditional forms)', () => {
    const written = [...lines, ...lines.flatMap((line) => toTraditional.map((convert) => convert(line)))];
    const skipped = written.filter((line) => !mayConvert(line));
    expect(skipped.filter((line) => toSimplified(line) !== line)).toEqual([]);
    // and most simplified lines are skipped: the filter is worth having
    expect(lines.filter((line) => !mayConvert(line)).length).toBeGreaterThan(lines.length * 0.7);
  });

  it('does not skip a line with a traditional character, nor one that only a phrase changes', () => {
    expect(mayConvert('县政府召开常务会议')).toBe(false);
    expect(mayConvert('执法監督')).toBe(true);
    expect(mayConvert('行政覆議')).toBe(true);
    expect(mayConvert('领导批覆同意')).toBe(true);
    expect(foldCharacters('领导批覆同意')).toBe('领导批复同意');
  });

  it('reads a phrase only where the line holds it whole, and knows the compatibility forms', () => {
    // 覆 changes only inside phrases (反覆, 批覆), never in 覆盖; 二 only inside 二噁英
    expect(mayConvert('法律顾问覆盖率达到100%')).toBe(false);
    expect(mayConvert('第二次全体会议')).toBe(false);
    expect(mayConvert('反覆研究')).toBe(true);
    // 户 becomes 戶 before the step that holds the phrase 坏戶 → 坯户, and turns back alone
    expect(mayConvert('户籍管理')).toBe(false);
    expect(mayConvert('坏户')).toBe(true);
    expect(foldCharacters('坏户')).toBe('坯户');
    // U+F900 (a compatibility ideograph) is normalised before conversion
    expect(mayConvert('\uF900')).toBe(true);
    expect(foldCharacters('\uF900')).not.toBe('\uF900');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { findReports } from '../../src/commands/batch.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { cidHex, pdfFile, pdfStream, readText, refusal, simSunObjects } from './hostile.js';

const title = '溱澜县2025年度法治政府建设情况报告';
const figures = '全年审查规范性文件17件，办理行政复议案件52件。';
const closing = '三、存在的不足，乡镇执法力量仍较薄弱，执法人员培训有待加强。';

const filled = async (input: Uint8Array | string, file: string) => (await readText(input, file)).split('\n').filter((text) => text !== '');
const markdown = (body: string) => `# ${title}\n\n${body}\n\n${closing}\n`;
const page = (body: string) => `<html><head><title>${title}</title></head><body><h1>${title}</h1>${body}<p>${closing}</p></body></html>`;

describe('a Markdown task list', () => {
  // GitHub, Typora and Obsidian show - [ ] as a box and no bullet: the brackets stood in the line, and an item not
  // ticked (- [ ] 办理行政复议案件52件) read as one done
  it('reads each item’s box as ☑ or ☐, an ordered item keeping its number', async () => {
    const body = '- [x] 全年审查规范性文件17件\n- [ ] 办理行政复议案件52件\n* [X] 培训执法人员380人次\n\n1. [ ] 组织旁听庭审1次';
    expect(await filled(markdown(body), '任务清单.md')).toEqual([
      title,
      '☑ 全年审查规范性文件17件',
      '☐ 办理行政复议案件52件',
      '☑ 培训执法人员380人次',
      '1. ☐ 组织旁听庭审1次',
      closing,
    ]);
  });

  it('keeps brackets that open no item: in a sentence, or with no blank after them', async () => {
    expect(await filled(markdown(`${figures}勾选[x]表示已完成。\n\n- [x]号文件已印发`), '括号.md')).toEqual([
      title,
      `${figures}勾选[x]表示已完成。`,
      '- [x]号文件已印发',
      closing,
    ]);
  });
});

describe('a Markdown callout', () => {
  // GitHub's alerts (> [!NOTE]) and Obsidian's callouts (> [!tip]- 说明) show a box under its title: the mark stood as a
  // line of the report
  it('reads the quotation without its mark, a title given after it as a line', async () => {
    const body = `> [!NOTE]\n> ${figures}\n\n> [!tip]- 说明\n> 培训执法人员380人次。`;
    expect(await filled(markdown(body), '提示块.md')).toEqual([title, figures, '说明', '培训执法人员380人次。', closing]);
  });
});

describe('a web page’s check boxes', () => {
  // an OA system's form exported as a page (☑ 已建立…, ☐ 已开展…): the boxes were read as nothing, a task not ticked as done
  it('reads a box as ☑ when ticked, ☐ when not', async () => {
    const body = '<p><input type="checkbox" checked> 已建立重大行政决策目录制度</p><p><input type="CHECKBOX"> 已开展法治督察</p>';
    expect(await filled(page(body), '勾选.html')).toEqual([title, '☑ 已建立重大行政决策目录制度', '☐ 已开展法治督察', closing]);
  });
});

describe('Apple Mail’s message file (.emlx)', () => {
  // the message's length in bytes on a line of its own, the message, then Mail's property list: read as a text, the
  // headers and the plist were lines of the report
  const message = (body: string) =>
    Buffer.from(
      `From: fzb@qinlan.gov.cn\r\nTo: sfj@qinlan.gov.cn\r\nSubject: =?UTF-8?B?${Buffer.from('年度报告').toString('base64')}?=\r\nMIME-Version: 1.0\r\n` +
        `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}`,
    );
  const emlx = (body: string) => {
    const mail = message(body);
    const plist = '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0"><dict><key>flags</key><integer>8590195713</integer></dict></plist>\n';
    return new Uint8Array(Buffer.concat([Buffer.from(`${mail.length}        \n`), mail, Buffer.from(plist)]));
  };

  it('reads the message it holds as an .eml', async () => {
    expect(await filled(emlx(`${title}\r\n${figures}\r\n${closing}\r\n`), '12345.emlx')).toEqual([title, figures, closing]);
  });

  it('is collected by batch with the other reports', async () => {
    const dir = tempDir('duibiao-emlx-');
    try {
      fs.writeFileSync(path.join(dir, '12345.emlx'), emlx(`${title}\r\n${figures}\r\n${closing}\r\n`));
      expect((await findReports([dir], path.join(dir, 'out'))).files.map((file) => path.basename(file))).toEqual(['12345.emlx']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a text that opens with a figure as a text', async () => {
    expect(await filled(`2025\n${title}\n${figures}\n`, '数字开头.txt')).toEqual(['2025', title, figures]);
  });
});

describe('a right-to-left override in the text', () => {
  // U+202E ... U+202C shows its characters reversed (an anti-copy trick: 71 shown 17); the controls were dropped and the
  // figure read as written, as <bdo dir="rtl"> was once
  it('reads a figure as shown, up to the override’s end or the line’s', async () => {
    const text = `${title}\n全年审查规范性文件\u202e71\u202c件，办理行政复议案件\u202e25\n件。\n${closing}\n`;
    expect(await filled(text, '反向.txt')).toEqual([title, '全年审查规范性文件17件，办理行政复议案件52', '件。', closing]);
    expect(await filled(page('<p>全年审查规范性文件&#8238;71&#8236;件，办理行政复议案件52件。</p>'), '反向.html')).toEqual([title, figures, closing]);
  });

  it('reads words under an override as written, and drops marks and isolates that reverse nothing', async () => {
    expect(await filled(`${title}\n全年审查\u202e规范性文件\u202c17件。\n`, '文字.txt')).toEqual([title, '全年审查规范性文件17件。']);
    const text = `${title}\n全年审查规范性文件\u200e17\u200f件，办理行政复议案件\u202a52\u202c件。\n培训执法人员\u2067380\u2069人次。\n`;
    expect(await filled(text, '方向标记.txt')).toEqual([title, figures, '培训执法人员380人次。']);
  });
});

describe('a PDF form field of several lines', () => {
  // a text box's value with its line breaks (主要举措, 存在问题) was left out beside the page's words: only a value of one
  // line was read there
  const line = (x: number, y: number, text: string) => `BT /F1 12 Tf 1 0 0 1 ${x} ${y} Tm ${cidHex(text)} Tj ET`;
  const utf16 = (text: string) => `<FEFF${cidHex(text).slice(1)}`;
  const form = (content: readonly string[], value: string) =>
    new Uint8Array(
      pdfFile([
        '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [10 0 R] >> >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R /Annots [10 0 R] >>',
        pdfStream(content.join('\n')),
        ...simSunObjects(5),
        '<< /Type /XObject /Subtype /Form /BBox [0 0 460 80] /Length 0 >>\nstream\n\nendstream',
        `<< /Type /Annot /Subtype /Widget /FT /Tx /Ff 4096 /T (jucuo) /V ${utf16(value)} /Rect [72 620 532 700] /F 4 /DA (/F1 12 Tf 0 g) /AP << /N 9 0 R >> >>`,
      ]),
    );
  const words = [line(72, 760, title), line(72, 730, figures), line(72, 710, '二、主要举措'), line(72, 590, closing)];
  const value = '培训执法人员380人次。\r组织领导干部旁听庭审1次。';

  it('reads each line of its value in the box, under the words above it', async () => {
    expect(await filled(form(words, value), '多行填报.pdf')).toEqual([
      title,
      figures,
      '二、主要举措',
      '培训执法人员380人次。',
      '组织领导干部旁听庭审1次。',
      closing,
    ]);
  });

  it('reads lines the page draws in the box once', async () => {
    const drawn = [...words.slice(0, 3), line(74, 688, '培训执法人员380人次。'), line(74, 676, '组织领导干部旁听庭审1次。'), words[3]!];
    expect(await filled(form(drawn, value), '已拼合多行.pdf')).toEqual([
      title,
      figures,
      '二、主要举措',
      '培训执法人员380人次。',
      '组织领导干部旁听庭审1次。',
      closing,
    ]);
  });
});

describe('a tar archive, a mailbox and readers’ formats given for a report', () => {
  /** A tar archive (ustar) of the files named, each holding `content`. */
  const tarOf = (names: readonly string[], content: string) => {
    const data = Buffer.from(content);
    const blocks = names.flatMap((name) => {
      const header = Buffer.alloc(512);
      header.write(name, 0, 'utf8');
      header.write('0000644\0', 100);
      header.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
      header.write('ustar\x0000', 257, 'latin1');
      const body = Buffer.alloc(Math.ceil(data.length / 512) * 512);
      data.copy(body);
      return [header, body];
    });
    return new Uint8Array(Buffer.concat([...blocks, Buffer.alloc(1024)]));
  };

  // a tar was read as a text, its headers' names and modes lines of the report (报告.txt0000644…ustar), or as the first
  // PDF in it (its %PDF- within the first kilobyte)
  it('refuses a tar naming the reports in it, as a ZIP is', async () => {
    const tar = tarOf(['./报告/2025年报告.pdf', '报告/说明.txt', '报告/照片.jpg'], `%PDF-1.7\n${title}\n`);
    expect(await refusal(readText(tar, '报告.tar'), '报告.tar')).toBe(
      '不是文本文件,看起来是 tar 归档包(其中有「报告/2025年报告.pdf」、「报告/说明.txt」);请解包后给出其中的报告文件',
    );
  });

  // an mbox (Thunderbird's folder, exported) was read as its first message, the others' From lines and headers its body
  it('refuses a mailbox of several messages naming them, and reads one of a single message', async () => {
    const message = (subject: string, body: string) =>
      `From fzb@qinlan.gov.cn Mon Dec  1 10:00:00 2025\nFrom: fzb@qinlan.gov.cn\nSubject: ${subject}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`;
    const subject = `=?UTF-8?B?${Buffer.from('年度报告').toString('base64')}?=`;
    const mailbox = `${message(subject, `${title}\n${figures}`)}\n${message('回复：收到', '已收到。')}`;
    expect(await refusal(readText(mailbox, 'Inbox.mbox'), 'Inbox.mbox')).toBe(
      '这是一个邮箱文件(mbox),其中有 2 封邮件(「年度报告」、「回复：收到」),无法确定哪封是报告;请在邮件程序中把附有报告的那封邮件另存为 .eml 再试',
    );
    expect(await filled(message(subject, `${title}\n${figures}\n${closing}`), '单封.mbox')).toEqual([title, figures, closing]);
  });

  // each was "内容像是二进制数据(图片、压缩包或程序)": a portal's gazette in Founder's CEB, a CNKI download, a phone's photo
  it('names Founder’s CEB, CNKI’s CAJ and a HEIC photo', async () => {
    const binary = Buffer.from(Array.from({ length: 2048 }, (_, i) => i % 256));
    expect(await refusal(readText(new Uint8Array(binary), '公报.ceb'), '公报.ceb')).toBe(
      '不是文本文件,看起来是方正 CEB 版式文档(.ceb),不能直接读取;请用方正 Apabi Reader 打开后打印或另存为 PDF 再试',
    );
    expect(await refusal(readText(new Uint8Array(binary), '论文.CAJ'), '论文.CAJ')).toBe(
      '不是文本文件,看起来是知网 CAJ 文档(.caj),不能直接读取;请用 CAJViewer 打开后打印为 PDF 再试',
    );
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic'), binary]);
    expect(await refusal(readText(new Uint8Array(heic), 'IMG_0001.txt'), 'IMG_0001.txt')).toBe('不是文本文件,看起来是HEIC 图片(手机照片)');
    expect(await refusal(readText(new Uint8Array(binary), '数据.bin'), '数据.bin')).toContain('内容像是二进制数据');
  });
});

describe('an option whose hyphens a copy turned into a dash', () => {
  // Word, WPS and WeChat turn -- into a dash: —out was a file "not there" (check) or one argument too many (facts)
  const dir = tempDir('duibiao-dash-');
  const report = path.join(dir, '报告.txt');
  fs.writeFileSync(report, `${title}\n${figures}\n${closing}\n`);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('tells the option to write with two hyphens, for any command, writing nothing', () => {
    const says = (dash: string, name: string) =>
      `不是文件,像是选项 --${name}:开头的“${dash}”不是两个半角减号(从 Word、WPS 或聊天中复制的命令常把 -- 变成破折号);请改写为 --${name}`;
    const runs: ReadonlyArray<readonly [args: string[], dash: string, name: string]> = [
      [['check', '报告.txt', '—out', '结果'], '—', 'out'],
      [['facts', '——explain', '报告.txt'], '——', 'explain'],
      [['batch', '报告.txt', '－－out', '结果'], '－－', 'out'],
      [['check', '报告.txt', '–Format', 'json'], '–', 'format'],
    ];
    for (const [args, dash, name] of runs) {
      const run = runCli(args, { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`duibiao: ${args.find((arg) => arg.startsWith(dash))}: ${says(dash, name)}\n`);
    }
    expect(fs.readdirSync(dir)).toEqual(['报告.txt']);
  });

  it('reads a file so named when there is one', () => {
    fs.copyFileSync(report, path.join(dir, '—out'));
    const run = runCli(['facts', '—out'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('规范性文件17件');
    fs.rmSync(path.join(dir, '—out'));
  });
});

describe('shapes round 60 probed and found read right', () => {
  it('reads a two-column page Chromium printed from a page of CSS columns, a column after the other', async () => {
    const pdf = new Uint8Array(fs.readFileSync(path.join(import.meta.dirname, '../fixtures/pdf/two-columns-chromium.pdf')));
    const lines = await filled(pdf, '分栏.pdf');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe(
      '一、依法决策情况。全年审查县政府规范性文件17件，合法性审查率达到100%，召开听证会2次，组织专家论证重大行政决策事项5项，论证意见全部采纳。',
    );
    expect(lines[3]).toMatch(/^三、复议应诉情况。全年办理行政复议案件52件，.*较上年减少2件。$/);
    expect(lines[5]).toMatch(/^五、存在的不足。.*仍需推进。$/);
  });

  it('reads GB18030’s four-byte characters and a Big5 text', async () => {
    const rare = `${title}\n䶮澜镇：${figures}\n𠮷祥村培训执法人员380人次。\n`;
    expect(await filled(new Uint8Array(iconv.encode(rare, 'gb18030')), '四字节.txt')).toEqual([title, `䶮澜镇：${figures}`, '𠮷祥村培训执法人员380人次。']);
    const big5 = '溱瀾縣2025年度法治政府建設情況報告\n全年審查規範性文件17件，辦理行政復議案件52件。\n';
    expect(await filled(new Uint8Array(iconv.encode(big5, 'big5')), '繁体.txt')).toEqual(big5.trim().split('\n'));
  });

  it('reads mixed line ends, a next-line control, a second BOM where files were joined and soft hyphens', async () => {
    const [before, after] = figures.split('，') as [string, string];
    expect(await filled(`${title}\r\n${before}，\r\n${after}\n\r\n${closing}\r`, '混合换行.txt')).toEqual([title, `${before}，`, after, closing]);
    expect(await filled(`${title}\u0085${figures}\u0085${closing}`, '下一行.txt')).toEqual([title, figures, closing]);
    expect(await filled(`\ufeff${title}\n${figures}\n\ufeff${closing}\n`, '合并.txt')).toEqual([title, figures, closing]);
    expect(await filled(`${title}\n全年审查规范性文件1\u00ad7件，办理行政复议案件52件。\n`, '软连字符.txt')).toEqual([title, figures]);
    expect(await filled(page('<p>全年审查规范性文件1&shy;7件，办理行政复议案件5<wbr>2件。</p>'), '软连字符.html')).toEqual([title, figures, closing]);
  });

  it('reads a mail whose body says GB2312 and holds a character only GBK has', async () => {
    const body = Buffer.from(iconv.encode(`${title}\n堃澜镇${figures}\n`, 'gbk')).toString('base64');
    const mail = `From: a@qinlan.gov.cn\r\nSubject: report\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset="gb2312"\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n`;
    expect(await filled(mail, 'GB2312.eml')).toEqual([title, `堃澜镇${figures}`]);
  });

  describe('reports of one name in two folders or two cases', () => {
    const dir = tempDir('duibiao-names-');
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('writes each result under a name of its own and tells which', () => {
      const sample = fs.readFileSync(path.join(import.meta.dirname, '../../reports/sample-2024-district.txt'));
      for (const folder of ['甲', '乙']) fs.mkdirSync(path.join(dir, folder));
      fs.writeFileSync(path.join(dir, '甲', '报告.txt'), sample);
      fs.writeFileSync(path.join(dir, '乙', '报告.txt'), sample);
      const run = runCli(['check', path.join('甲', '报告.txt'), path.join('乙', '报告.txt'), '--out', 'out'], { cwd: dir });
      expect(run.status).toBe(0);
      expect(run.stderr).toContain('乙/报告.txt 与另一份报告同名,结果写入 报告-2.md');
      expect(fs.readdirSync(path.join(dir, 'out')).sort()).toEqual(['报告-2.md', '报告.md']);
    });
  });
});

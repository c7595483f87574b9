import chardet from 'chardet';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectCharset } from '../../src/ingest/decode.js';
import { ingestBytes } from '../../src/ingest/index.js';

/** Our own sentences: Chinese only (no ASCII at all), then Chinese with digits and line breaks. */
const CHINESE_ONLY = '本街道全年组织执法人员集中培训,邀请律师讲解行政处罚程序,参训人员普遍反映收获较大。';
const MIXED = '一、基本情况\n全年受理行政复议申请18件,已审结16件。\n二、下一步打算\n继续推进基层合法性审查工作。\n';

describe('UTF-16 without a byte order mark', () => {
  it.each([
    ['LE, Chinese only', CHINESE_ONLY, 'utf-16le'],
    ['BE, Chinese only', CHINESE_ONLY, 'utf-16be'],
    ['LE, with ASCII', MIXED, 'utf-16le'],
    ['BE, with ASCII', MIXED, 'utf-16be'],
  ])('%s', (_name, text, encoding) => {
    const decoded = decodeText(iconv.encode(text, encoding, { addBOM: false }));
    expect(decoded).toEqual({ text, encoding, replaced: 0 });
  });

  it('GB18030 and Big5 bytes are not taken for UTF-16', () => {
    expect(decodeText(iconv.encode(MIXED + CHINESE_ONLY, 'gb18030')).encoding).toBe('gb18030');
    expect(decodeText(iconv.encode(MIXED + CHINESE_ONLY, 'big5')).encoding).not.toMatch(/utf-16/);
  });

  // a text cut short at an odd byte (a download stopped at a byte count) was refused as binary data
  it('an odd number of bytes is UTF-16 cut short, its half unit left out', () => {
    const bytes = iconv.encode(CHINESE_ONLY, 'utf-16le');
    expect(decodeText(bytes.subarray(0, bytes.length - 1))).toEqual({ text: CHINESE_ONLY.slice(0, -1), encoding: 'utf-16le', replaced: 0, cutAtEnd: true });
  });

  it('GB18030 and Big5 bytes of an odd number are not taken for UTF-16', () => {
    for (const encoding of ['gb18030', 'big5']) {
      const bytes = iconv.encode(MIXED + CHINESE_ONLY, encoding);
      expect(decodeText(bytes.length % 2 === 1 ? bytes : Buffer.concat([bytes, Buffer.from('\n')])).encoding, encoding).not.toMatch(/utf-16/);
    }
  });
});

describe('UTF-32 with a byte order mark', () => {
  // UTF-32 LE's mark begins with UTF-16 LE's: read as UTF-16, its NULs made the text "binary"
  it.each(['utf-32le', 'utf-32be'])('%s', (encoding) => {
    expect(decodeText(iconv.encode(MIXED, encoding, { addBOM: true }))).toEqual({ text: MIXED, encoding, replaced: 0 });
  });
});

describe('UTF-8 with a few invalid bytes', () => {
  const long = (MIXED + CHINESE_ONLY).repeat(20);

  it('is read as UTF-8, each invalid byte replaced and counted', () => {
    const part = (from: number, to?: number) => Buffer.from(long.slice(from, to));
    // 0xff never occurs in UTF-8; 0xc3 starts a two-byte character that does not follow
    const broken = Buffer.concat([part(0, 30), Buffer.from([0xff]), part(30, 600), Buffer.from([0xc3]), part(600)]);
    const decoded = decodeText(broken);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.replaced).toBe(2);
    expect(decoded.text.replace(/\uFFFD/g, '')).toBe(long);
  });

  // a file cut short: the character's first bytes are no character of the text, told apart from bytes undecoded inside it
  it('a character cut in half at the end is left out, the text told cut', () => {
    const bytes = Buffer.from(long);
    const decoded = decodeText(bytes.subarray(0, bytes.length - 2));
    expect(decoded).toMatchObject({ encoding: 'utf-8', replaced: 0, cutAtEnd: true });
  });

  it('GB18030 text is not read as broken UTF-8', () => {
    const decoded = decodeText(iconv.encode(long, 'gb18030'));
    expect(decoded).toEqual({ text: long, encoding: 'gb18030', replaced: 0 });
  });

  it('many invalid bytes are not UTF-8 with replacements', () => {
    const bytes = Buffer.from(long);
    const noisy = Buffer.concat(Array.from({ length: 40 }, (_, i) => Buffer.concat([bytes.subarray(i * 50, i * 50 + 50), Buffer.from([0xff])])));
    expect(decodeText(noisy).encoding).not.toBe('utf-8');
  });

  it('a report with one invalid byte is ingested; binary noise still is not', async () => {
    const source = await ingestBytes(
      new Uint8Array(Buffer.concat([Buffer.from(long.slice(0, 100)), Buffer.from([0xfe]), Buffer.from(long.slice(100))])),
      'r.txt',
    );
    expect(source.encoding).toBe('utf-8');
    expect(source.text).toContain('\uFFFD');
    const noise = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919 + (i >> 3)) % 256));
    await expect(ingestBytes(noise, 'noise.txt')).rejects.toThrow('不是文本文件');
  });
});

describe('a declared charset that misreads the bytes', () => {
  const long = (MIXED + CHINESE_ONLY).repeat(5);
  const gbk = iconv.encode(long, 'gbk');

  // web pages often declare utf-8 or iso-8859-1 over GBK bytes: read as declared, the report was refused as binary or garbled
  it.each(['utf-8', 'iso-8859-1', 'windows-1252', 'big5'])('GBK bytes declared %s are read as GB18030', (declared) => {
    expect(decodeText(gbk, declared)).toEqual({ text: long, encoding: 'gb18030', replaced: 0 });
  });

  it('a page whose meta names the wrong charset is ingested as its bytes are', async () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>'), gbk, Buffer.from('</p></body></html>')]);
    const source = await ingestBytes(new Uint8Array(page), 'page.html');
    expect(source.encoding).toBe('gb18030');
    expect(source.text).toContain('全年受理行政复议申请18件');
  });

  it('a declared charset that reads as well as the guess is kept', () => {
    const traditional = '全年受理行政復議申請18件,已審結16件。本街道組織執法人員集中培訓。\n'.repeat(5);
    expect(decodeText(iconv.encode(traditional, 'big5'), 'big5')).toEqual({ text: traditional, encoding: 'big5', replaced: 0 });
    expect(decodeText(gbk, 'gbk')).toEqual({ text: long, encoding: 'gb18030', replaced: 0 });
  });
});

describe('stray control characters and mixed encodings', () => {
  const long = (MIXED + CHINESE_ONLY).repeat(10);

  // an editor's padding or a bad copy: refused as "binary data (a picture, an archive or a program)"
  it('a report with a few NULs and control characters is read, without them', async () => {
    const text = `${long.slice(0, 200)}\u0000\u0000${long.slice(200, 400)}\u0007${long.slice(400)}\u0000`;
    const source = await ingestBytes(new Uint8Array(Buffer.from(text)), 'r.txt');
    // eslint-disable-next-line no-control-regex -- what must be gone
    expect(source.text).not.toMatch(/[\u0000\u0007]/);
    expect(source.text).toContain('全年受理行政复议申请18件');
  });

  // read whole as GB18030 (GBK first) the UTF-8 lines came out garbled without a word; UTF-8 first, it was refused as undecodable
  const lines = `${long}\n`;
  const oneLine = `${long.split('\n')[1]!}\n`;
  it.each([
    ['UTF-8, then GBK', Buffer.from(lines), iconv.encode(lines, 'gbk'), lines + lines, 41],
    ['GBK, then UTF-8', iconv.encode(lines, 'gbk'), Buffer.from(lines), lines + lines, 41],
    ['UTF-8 with one GBK line', Buffer.from(lines), iconv.encode(oneLine, 'gbk'), lines + oneLine, 1],
  ])('%s: each line is read in its own encoding, and the user is told', async (_name, first, second, text, gbLines) => {
    const bytes = Buffer.concat([first, second]);
    expect(decodeText(bytes)).toEqual({ text, encoding: 'utf-8+gb18030', replaced: 0, gbLines });
    const source = await ingestBytes(new Uint8Array(bytes), 'mixed.txt');
    expect(source.notices).toEqual([expect.stringMatching(/^文件混用了 UTF-8 和 GBK 两种编码\(\d+ 行为 GBK\),已逐行按各自的编码读取/)]);
  });

  it('text in one encoding is read as before, with nothing to tell', async () => {
    for (const bytes of [Buffer.from(long), iconv.encode(long, 'gbk')]) expect((await ingestBytes(new Uint8Array(bytes), 'one.txt')).notices).toBeUndefined();
  });

  // a file cut off while it was saved: refused as "binary data (a picture, an archive or a program)"
  it('NUL padding at the ends is dropped and told; a file of NULs alone is damaged', async () => {
    const padded = Buffer.concat([Buffer.alloc(300), Buffer.from(long), Buffer.alloc(8192)]);
    const source = await ingestBytes(new Uint8Array(padded), 'padded.txt');
    expect(source.text).toContain('全年受理行政复议申请18件');
    expect(source.notices).toEqual(['文件开头和末尾有 8492 个空字节(NUL),已忽略;文件可能没有完整保存,请核对']);
    await expect(ingestBytes(new Uint8Array(8192), 'zeros.txt')).rejects.toThrow('文件内容全是空字节(NUL),没有文字;文件已损坏');
  });
});

describe('the charset guess', () => {
  const russian = 'Годовой отчёт о работе районной администрации: приняты меры, проведены проверки.\n'.repeat(20);
  const french = 'Le rapport annuel décrit les mesures prises, les contrôles effectués et les résultats obtenus.\n'.repeat(20);
  const japanese = '本年度の報告では、行政手続の改善と職員研修の実施について述べる。\n'.repeat(20);
  const korean = '올해 보고서는 행정 절차 개선과 직원 교육 실시에 대해 설명합니다.\n'.repeat(20);
  const noise = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919 + (i >> 3)) % 256));
  // chardet's single-byte recognisers are skipped when a multi-byte one is sure: the answer must not change
  it.each([
    ['GBK', iconv.encode((MIXED + CHINESE_ONLY).repeat(20), 'gbk')],
    ['a short GBK text', iconv.encode('基本情况', 'gbk')],
    ['Big5', iconv.encode('全年受理行政復議申請18件,已審結16件。\n'.repeat(20), 'big5')],
    ['Shift_JIS', iconv.encode(japanese, 'shift_jis')],
    ['EUC-JP', iconv.encode(japanese, 'euc-jp')],
    ['EUC-KR', iconv.encode(korean, 'euc-kr')],
    ['windows-1251', iconv.encode(russian, 'windows-1251')],
    ['KOI8-R', iconv.encode(russian, 'koi8-r')],
    ['Latin-1', iconv.encode(french, 'latin1')],
    ['UTF-16LE', iconv.encode(MIXED, 'utf-16le', { addBOM: true })],
    ['binary noise', noise],
  ])("is chardet's for %s", (_name, bytes) => {
    expect(detectCharset(bytes)).toBe(chardet.detect(bytes));
  });

  // GB18030 is taken without chardet's full guess only where no encoding we decode with is as sure
  it.each([
    ['GBK', iconv.encode((MIXED + CHINESE_ONLY).repeat(20), 'gbk'), 'gb18030'],
    ['traditional characters in GBK', iconv.encode('全年受理行政復議申請18件,已審結16件。\n'.repeat(20), 'gbk'), 'gb18030'],
    ['Big5', iconv.encode('全年受理行政復議申請18件,已審結16件。\n'.repeat(20), 'big5'), 'big5'],
    ['Shift_JIS', iconv.encode(japanese, 'shift_jis'), 'gb18030'],
  ])('reads %s in its encoding', (_name, bytes, encoding) => {
    expect(decodeText(bytes).encoding).toBe(encoding);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findReports } from '../../src/commands/batch.js';
import { buildDocument } from '../../src/document/index.js';
import { extractFacts, loadLexicon } from '../../src/facts/index.js';
import { ingestBytes } from '../../src/ingest/index.js';
import { sniff } from '../../src/ingest/sniff.js';
import { UserError } from '../../src/errors.js';
import { runCli, tempDir } from '../helpers/cli.js';

// Word 97–2003 documents (.doc) were refused ("save as .docx first"); they are read as their .docx is. The fixtures in
// test/fixtures/doc are texts of invented places: each .fodt written by hand, converted by LibreOffice 7.4
// (soffice --headless --convert-to doc / docx), so that the .doc and the .docx are the same document.
const lexicon = await loadLexicon();
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/doc');
const bytesOf = (name: string) => new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
const factsOf = async (name: string, as = name) =>
  extractFacts(buildDocument(await ingestBytes(bytesOf(name), as)), lexicon)
    .map((fact) => `${fact.id}=${JSON.stringify(fact.value)}:${fact.status}@${fact.evidence.text}`)
    .sort();

describe('a Word 97–2003 document', () => {
  it('reads a report with headings, a table, a footnote, a text box and an endnote as its .docx', async () => {
    const source = await ingestBytes(bytesOf('report.doc'), 'report.doc');
    expect(source.format).toBe('doc');
    const docx = await ingestBytes(bytesOf('report.docx'), 'report.docx');
    expect(source.text).toBe(docx.text);
    const lines = source.text.split('\n');
    // the table's rows as the .docx reader writes them, the footnote after its sentence, the text box after its
    // paragraph, the endnote at the end
    expect(lines).toContain('公职律师(名) | 33 | 27');
    expect(lines).toContain('(一)严格规范性文件管理。全年审核县政府规范性文件14件,备案审查率100%。其中涉及市场主体经济活动的9件均经公平竞争审查。');
    expect(lines.indexOf('全县持证执法人员共计512名。')).toBe(lines.findIndex((line) => line.startsWith('(三)')) + 1);
    expect(lines.at(-1)).toBe('2024年乡镇法制审核人员为19名。');
    expect(await factsOf('report.doc')).toEqual(await factsOf('report.docx'));
    expect((await factsOf('report.doc')).length).toBeGreaterThan(5);
  });

  it('leaves out the table of contents, the headers, footers and comments, and reads a field by its result', async () => {
    const source = await ingestBytes(bytesOf('fields.doc'), 'fields.doc');
    // the header's 300份 and the comment's 25件 are not the report's; the contents' lines are copies of headings
    expect(source.text).not.toMatch(/简报|300份|核实|第\d页/);
    expect(source.text.split('\n').filter((line) => line.includes('存在的问题'))).toHaveLength(1);
    expect(source.text).toContain('详见市政府网站公布的目录');
    // a cell of prose: its paragraphs each a line, as the .docx reader writes them
    expect(source.text).toContain('说明\n全市各乡镇街道');
    expect(await factsOf('fields.doc')).toEqual(await factsOf('fields.docx'));
  });

  it('is told by its content: a .wps or a file of no extension saved as Word 97–2003 is read as one', async () => {
    expect(sniff(bytesOf('report.doc'))).toEqual({ kind: 'doc' });
    expect(await factsOf('report.doc', '报告.wps')).toEqual(await factsOf('report.doc'));
    expect(await factsOf('report.doc', '报告')).toEqual(await factsOf('report.doc'));
  });
});

describe('files that are no Word 97–2003 document', () => {
  const refusal = async (bytes: Uint8Array, file: string): Promise<string> => {
    const error: unknown = await ingestBytes(bytes, file).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).message;
  };

  it('refuses a spreadsheet, a truncated file, a text named .doc and an encrypted one, each said in Chinese', async () => {
    expect(await refusal(bytesOf('sheet.xls'), 'sheet.doc')).toContain('Excel 表格(.xls)');
    expect(await refusal(bytesOf('truncated.doc'), 'truncated.doc')).toMatch(/^文件已损坏或不完整/);
    expect(await refusal(bytesOf('fake.doc'), 'fake.doc')).toContain('内容是纯文本,不是 Word 文档(.doc)');
    // the FIB's fEncrypted flag, as Word sets it on a document with a password to open
    const encrypted = Buffer.from(bytesOf('report.doc'));
    const fib = wordDocumentAt(encrypted);
    encrypted.writeUInt16LE(encrypted.readUInt16LE(fib + 0xa) | 0x0100, fib + 0xa);
    expect(await refusal(new Uint8Array(encrypted), 'locked.doc')).toContain('文档设有打开密码,已加密');
    // a FIB of Word 6.0/95
    const older = Buffer.from(bytesOf('report.doc'));
    older.writeUInt16LE(0xa5dc, fib);
    expect(await refusal(new Uint8Array(older), 'old.doc')).toContain('Word 6.0/95');
  });

  it('refuses a compound file of no Word document, naming WPS', async () => {
    // the WordDocument entry renamed: the file of another program (WPS's own .wps is such)
    const other = Buffer.from(bytesOf('report.doc'));
    const entry = other.indexOf(Buffer.from('WordDocument', 'utf16le'), 512);
    Buffer.from('WpsContentXX', 'utf16le').copy(other, entry);
    expect(await refusal(new Uint8Array(other), '报告.wps')).toContain('可能是 WPS 文字自有格式的 .wps');
  });

  it('refuses a sector chain that loops, rather than following it for ever', async () => {
    const looped = Buffer.from(bytesOf('report.doc'));
    // the first FAT sector (the header's list of them) made to chain the directory's sector to itself and back
    const sectorBytes = 2 ** looped.readUInt16LE(30);
    const fat = (looped.readInt32LE(76) + 1) * sectorBytes;
    const directory = looped.readInt32LE(48);
    const next = looped.readInt32LE(fat + directory * 4);
    looped.writeInt32LE(next >= 0 ? next : directory, fat + directory * 4);
    if (next >= 0) looped.writeInt32LE(directory, fat + next * 4);
    expect(await refusal(new Uint8Array(looped), 'loop.doc')).toMatch(/^文件已损坏或不完整/);
  });

  it('names the file, exits non-zero and writes nothing', () => {
    const dir = tempDir('duibiao-doc-');
    for (const name of ['sheet.xls', 'truncated.doc', 'fake.doc']) fs.copyFileSync(path.join(FIXTURES, name), path.join(dir, name));
    for (const name of ['sheet.xls', 'truncated.doc', 'fake.doc']) {
      const run = runCli(['check', name, '--out', 'out'], { cwd: dir });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain(name);
      expect(run.stderr).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['fake.doc', 'sheet.xls', 'truncated.doc']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('batch', () => {
  it('collects .doc reports, and a .wps of Word 97–2003, but skips a .wps of WPS’s own format with the reason', async () => {
    const top = tempDir('duibiao-doc-batch-');
    const dir = path.join(top, 'in');
    fs.mkdirSync(dir);
    fs.copyFileSync(path.join(FIXTURES, 'report.doc'), path.join(dir, 'a.doc'));
    fs.copyFileSync(path.join(FIXTURES, 'report.doc'), path.join(dir, 'b.wps'));
    fs.copyFileSync(path.join(FIXTURES, 'sheet.xls'), path.join(dir, 'c.wps'));
    const found = await findReports([dir], path.join(top, 'out'));
    expect(found.files.map((file) => path.basename(file))).toEqual(['a.doc', 'b.wps']);
    expect(found.skipped.map((skipped) => path.basename(skipped.input))).toEqual(['c.wps']);
    expect(found.skipped[0]!.reason).toContain('可能是 WPS 文字自有格式');
    fs.rmSync(top, { recursive: true, force: true });
  });
});

/** Where the WordDocument stream starts in the file: its directory entry's first sector (the stream is not a small one). */
function wordDocumentAt(bytes: Buffer): number {
  const entry = bytes.indexOf(Buffer.from('WordDocument', 'utf16le'), 512);
  const sectorBytes = 2 ** bytes.readUInt16LE(30);
  expect(bytes.readUInt32LE(entry + 120)).toBeGreaterThanOrEqual(4096);
  return (bytes.readInt32LE(entry + 116) + 1) * sectorBytes;
}

import { createCipheriv, createDecipheriv, createHash } from 'node:crypto';

/**
 * The stream decryption of a PDF that opens without a password: one with only an owner
 * password ("禁止复制、打印"), as government sites often publish. pdf.js decrypts and decodes such a
 * file's streams with no limit, so the budget must see them decrypted too: an encrypted 3 MB
 * file inflated to 3 GB and ran past every time limit. The standard security handler, revisions
 * 2 to 6 (RC4, AES-128, AES-256), with the empty user password; a file that needs a password
 * gets none here, and pdf.js refuses it.
 */

/** Decrypts the data of the stream of object `number` `generation`. */
export type StreamDecryptor = (data: Buffer, number: number, generation: number) => Buffer;

/** The padding string that makes up a password of 32 bytes (ISO 32000-1, 7.6.3.3). */
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

/**
 * The decryptor of an encrypted PDF that opens with the empty password; undefined when the file is
 * not encrypted, needs a password or uses another handler (its streams are then not decrypted).
 */
export function streamDecryptor(pdf: Buffer): StreamDecryptor | undefined {
  if (!pdf.includes('/Encrypt')) return undefined;
  const text = pdf.toString('latin1');
  const reference = lastMatch(text, /\/Encrypt\s+(\d{1,10})\s+(\d{1,5})\s+R/g);
  if (!reference) return undefined;
  const dictionary = objectDictionary(text, reference[1]!, reference[2]!);
  const id = lastMatch(text, /\/ID\s*\[\s*(<[\s\da-fA-F]{0,200}>|\()/g);
  if (!dictionary || !/\/Filter\s*\/Standard\b/.test(dictionary)) return undefined;
  const number = (key: string, fallback: number) => Number(new RegExp(`/${key}\\s+(-?\\d+)`).exec(dictionary)?.[1] ?? fallback);
  const revision = number('R', 0);
  const owner = stringOf(dictionary, 'O');
  const user = stringOf(dictionary, 'U');
  if (!owner || !user) return undefined;
  const method = streamMethod(dictionary, number('V', 0));
  if (method === 'identity') return (data) => data;
  if (method === undefined) return undefined;
  if (revision >= 5) {
    const userKey = stringOf(dictionary, 'UE');
    const key = userKey && aes256FileKey(user, userKey, revision);
    return key ? (data) => aesDecrypt('aes-256-cbc', key, data) : undefined;
  }
  const firstId = id ? pdfString(text, id.index + id[0].length - id[1]!.length) : Buffer.alloc(0);
  // a crypt filter's key (V 4) is 128 bits; its /Length, in bits or bytes, is no help
  const keyBytes = revision === 2 ? 5 : number('V', 0) === 4 ? 16 : Math.min(16, Math.max(5, number('Length', 40) / 8));
  const key = md5FileKey({ owner, permissions: number('P', 0), firstId, revision, keyBytes, encryptMetadata: !/\/EncryptMetadata\s+false/.test(dictionary) });
  if (!userPasswordIsEmpty(key, user, firstId, revision)) return undefined;
  return (data, objectNumber, generation) => {
    const salt = method === 'aes' ? Buffer.from('sAlT') : Buffer.alloc(0);
    const objectKey = md5(key, littleEndian(objectNumber, 3), littleEndian(generation, 2), salt).subarray(0, Math.min(key.length + 5, 16));
    return method === 'aes' ? aesDecrypt('aes-128-cbc', objectKey, data) : rc4(objectKey, data);
  };
}

/** How streams are encrypted: RC4 (V 1, 2), or by the crypt filter /StmF names (V 4, 5). */
function streamMethod(dictionary: string, version: number): 'rc4' | 'aes' | 'identity' | undefined {
  if (version === 1 || version === 2) return 'rc4';
  if (version !== 4 && version !== 5) return undefined;
  const filter = /\/StmF\s*\/(\w+)/.exec(dictionary)?.[1] ?? 'Identity';
  if (filter === 'Identity') return 'identity';
  const method = new RegExp(`/${filter}\\s*<<[^>]*?/CFM\\s*/(\\w+)`).exec(dictionary)?.[1];
  return method === 'V2' ? 'rc4' : method === 'AESV2' || method === 'AESV3' ? 'aes' : method === 'None' ? 'identity' : undefined;
}

function lastMatch(text: string, pattern: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) last = match;
  return last;
}

/** The dictionary of the last `number generation obj` in the file (an update replaces earlier ones). */
function objectDictionary(text: string, number: string, generation: string): string | undefined {
  const header = lastMatch(text, new RegExp(`(?<!\\d)${number}\\s+${generation}\\s+obj\\s*<<`, 'g'));
  if (!header) return undefined;
  let depth = 0;
  for (let at = header.index + header[0].length - 2; at < text.length; at++) {
    if (text[at] === '(') at = pdfStringEnd(text, at) - 1;
    else if (text[at] === '<' && text[at + 1] !== '<') {
      at = text.indexOf('>', at);
      if (at < 0) return undefined;
    } else if (text.startsWith('<<', at)) {
      depth++;
      at++;
    } else if (text.startsWith('>>', at)) {
      if (--depth === 0) return text.slice(header.index, at + 2);
      at++;
    }
  }
  return undefined;
}

/** The string value of /key in a dictionary, hex or literal. */
function stringOf(dictionary: string, key: string): Buffer | undefined {
  const match = new RegExp(`/${key}\\s*([<(])`).exec(dictionary);
  return match ? pdfString(dictionary, match.index + match[0].length - 1) : undefined;
}

/** The bytes of the hex string <…> or literal string (…) that starts at `at`. */
function pdfString(text: string, at: number): Buffer {
  if (text[at] === '<') {
    const end = text.indexOf('>', at);
    const hex = text.slice(at + 1, end < 0 ? at + 1 : end).replace(/[^\da-fA-F]/g, '');
    return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
  }
  const bytes: number[] = [];
  const end = pdfStringEnd(text, at) - 1;
  for (let i = at + 1; i < end; i++) {
    const char = text.charCodeAt(i);
    if (char !== 0x5c) {
      bytes.push(char);
      continue;
    }
    const next = text[++i]!;
    const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3))?.[0];
    if (octal) {
      bytes.push(parseInt(octal, 8) & 0xff);
      i += octal.length - 1;
    } else if (next === '\r') {
      if (text[i + 1] === '\n') i++;
    } else if (next !== '\n') bytes.push((ESCAPES[next] ?? next).charCodeAt(0));
  }
  return Buffer.from(bytes);
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** After a literal string: parentheses nest, a backslash escapes the next character. */
function pdfStringEnd(text: string, from: number): number {
  let depth = 0;
  for (let at = from; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return at + 1;
  }
  return text.length;
}

const md5 = (...parts: Buffer[]): Buffer => createHash('md5').update(Buffer.concat(parts)).digest();

function littleEndian(value: number, bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) out[i] = (value >>> (8 * i)) & 0xff;
  return out;
}

/** Algorithm 2 of ISO 32000-1 with the empty user password. */
function md5FileKey(given: { owner: Buffer; permissions: number; firstId: Buffer; revision: number; keyBytes: number; encryptMetadata: boolean }): Buffer {
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(given.permissions | 0);
  const noMetadata = given.revision >= 4 && !given.encryptMetadata ? Buffer.from([0xff, 0xff, 0xff, 0xff]) : Buffer.alloc(0);
  let hash = md5(PAD, given.owner.subarray(0, 32), permissions, given.firstId, noMetadata);
  if (given.revision >= 3) for (let i = 0; i < 50; i++) hash = md5(hash.subarray(0, given.keyBytes));
  return hash.subarray(0, given.keyBytes);
}

/** Algorithms 4 and 5: whether the key made from the empty password gives the /U the file holds. */
function userPasswordIsEmpty(key: Buffer, user: Buffer, firstId: Buffer, revision: number): boolean {
  if (revision === 2) return rc4(key, PAD).equals(user.subarray(0, 32));
  let check = rc4(key, md5(PAD, firstId));
  for (let i = 1; i <= 19; i++) check = rc4(Buffer.from(key.map((byte) => byte ^ i)), check);
  return check.equals(user.subarray(0, 16));
}

/** Algorithm 2.A: the file key of an AES-256 file (revision 5 or 6) from the empty password, when it is the user password. */
function aes256FileKey(user: Buffer, userKey: Buffer, revision: number): Buffer | undefined {
  if (user.length < 48 || userKey.length < 32) return undefined;
  const hash = (salt: Buffer) => (revision === 5 ? createHash('sha256').update(salt).digest() : hardenedHash(salt));
  if (!hash(user.subarray(32, 40)).equals(user.subarray(0, 32))) return undefined;
  const decipher = createDecipheriv('aes-256-cbc', hash(user.subarray(40, 48)), Buffer.alloc(16)).setAutoPadding(false);
  return Buffer.concat([decipher.update(userKey.subarray(0, 32)), decipher.final()]);
}

/** Algorithm 2.B (revision 6) for the empty password and no user key data. */
function hardenedHash(salt: Buffer): Buffer {
  let key = createHash('sha256').update(salt).digest();
  for (let round = 0; ; round++) {
    const cipher = createCipheriv('aes-128-cbc', key.subarray(0, 16), key.subarray(16, 32)).setAutoPadding(false);
    const block = Buffer.concat(Array.from({ length: 64 }, () => key));
    const encrypted = Buffer.concat([cipher.update(block), cipher.final()]);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += encrypted[i]!;
    key = createHash(['sha256', 'sha384', 'sha512'][sum % 3]!)
      .update(encrypted)
      .digest();
    if (round >= 63 && encrypted[encrypted.length - 1]! <= round - 31) return key.subarray(0, 32);
  }
}

/** AES-CBC with the first 16 bytes as the IV; a broken padding is left as it is (pdf.js reads on). */
function aesDecrypt(cipher: 'aes-128-cbc' | 'aes-256-cbc', key: Buffer, data: Buffer): Buffer {
  const whole = data.length - (data.length % 16);
  if (whole < 32) return Buffer.alloc(0);
  const decipher = createDecipheriv(cipher, key, data.subarray(0, 16)).setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(data.subarray(16, whole)), decipher.final()]);
  const padding = plain[plain.length - 1]!;
  return padding >= 1 && padding <= 16 ? plain.subarray(0, plain.length - padding) : plain;
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const state = new Uint8Array(256).map((_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i]! + key[i % key.length]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + state[i]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
    out[n] = data[n]! ^ state[(state[i]! + state[j]!) & 0xff]!;
  }
  return out;
}

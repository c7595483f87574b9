/**
 * MHTML (a web page saved as one file, .mht/.mhtml) is a MIME multipart/related message.
 * We need only its text/html part: its bytes after transfer decoding, and its charset.
 */
export interface HtmlPart {
  bytes: Uint8Array;
  charset?: string;
}

export interface MimePart {
  headers: Map<string, string>;
  body: string;
}

/** True when the bytes start like a MIME message (MHTML saved by a browser or by Word). */
export function looksLikeMhtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  return /^(MIME-Version|From|Subject|Date|Snapshot-Content-Location|Content-Type)\s*:/im.test(head) && /multipart\/related/i.test(head);
}

/** The first text/html part, or undefined when the message has none. */
export function extractHtmlPart(bytes: Uint8Array): HtmlPart | undefined {
  // latin1 maps every byte to one character, so part bodies convert back to the same bytes.
  const message = parsePart(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1'));
  const html = findHtml(message, 0);
  if (!html) return undefined;
  const contentType = html.headers.get('content-type') ?? '';
  const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  return { bytes: decodeTransfer(html.body, html.headers.get('content-transfer-encoding') ?? ''), charset };
}

const MAX_NESTING = 8;

function findHtml(part: MimePart, depth: number): MimePart | undefined {
  const contentType = part.headers.get('content-type') ?? '';
  if (/^\s*text\/html/i.test(contentType)) return part;
  if (!/^\s*multipart\//i.test(contentType) || depth > MAX_NESTING) return undefined;
  const boundary = /boundary\s*=\s*(?:"([^"]+)"|([^\s;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) return undefined;
  for (const chunk of part.body.split(`--${marker}`).slice(1)) {
    if (chunk.startsWith('--')) break;
    const found = findHtml(parsePart(chunk.replace(/^\r?\n/, '')), depth + 1);
    if (found) return found;
  }
  return undefined;
}

export function parsePart(text: string): MimePart {
  const match = /\r?\n\r?\n/.exec(text);
  const headerText = match ? text.slice(0, match.index) : text;
  const body = match ? text.slice(match.index + match[0].length) : '';
  const headers = new Map<string, string>();
  // Folded header lines continue with leading whitespace.
  for (const line of headerText.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

export function decodeTransfer(body: string, encoding: string): Uint8Array {
  const kind = encoding.trim().toLowerCase();
  if (kind === 'base64') return new Uint8Array(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'));
  if (kind === 'quoted-printable') return decodeQuotedPrintable(body);
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

/** RFC 2045 quoted-printable: '=' at a line end is a soft break, =XX is one byte. */
export function decodeQuotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '');
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3d && i + 2 < text.length && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out[n++] = parseInt(text.slice(i + 1, i + 3), 16);
      i += 2;
    } else {
      out[n++] = ch & 0xff;
    }
  }
  return new Uint8Array(out.subarray(0, n));
}

/**
 * The texts a page's scripts hold and write into it in a browser: each string literal of a script
 * (its escapes decoded as JavaScript decodes them: \uff0c, \", <\/p>, \n), literals joined by +
 * as one, the literals a script hands to document.write in turn as one (a portal writing its
 * article a paragraph a call), and base64 text a script decodes (a data- attribute's, a
 * literal's: atob). Only read for the article a page shows no other way (see htmlToText).
 */

/** A script's contents; a script written in a page ends at its first </script>. */
const SCRIPT_CONTENT = /<script\b[^>]{0,500}>([^]*?)<\/script\s*>/gi;
/** A data- attribute whose value is base64 of an article's length at least (a script decodes it with atob). */
const BASE64_ATTRIBUTE = /\sdata-[\w-]{1,50}\s*=\s*(["'])([A-Za-z0-9+/]{100,}={0,2})\1/g;
const BASE64 = /^[A-Za-z0-9+/]{100,}={0,2}$/;
/** A call writing into the page at the script's place. */
const WRITE_CALL = /^document\s*\.\s*write(?:ln)?\s*\(/;
const SIMPLE_ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The texts held by the page's scripts and data- attributes, longer than `minLength` characters as written. */
export function scriptTexts(html: string, minLength: number): string[] {
  const texts: string[] = [];
  for (const [, script] of html.matchAll(SCRIPT_CONTENT)) {
    if (script!.length > minLength) texts.push(...literalsOf(script!));
  }
  for (const [, , value] of html.matchAll(BASE64_ATTRIBUTE)) texts.push(value!);
  return texts.map((text) => (BASE64.test(text) ? (fromBase64(text) ?? text) : text)).filter((text) => text.length > minLength);
}

/** UTF-8 text a base64 string holds, or undefined when it holds no such text. */
function fromBase64(text: string): string | undefined {
  try {
    return UTF8.decode(Buffer.from(text, 'base64'));
  } catch {
    return undefined;
  }
}

/**
 * A script's string literals, decoded: literals joined by + as one, and all those in document.write
 * calls as one more. Comments are skipped; a literal left open at a line's end (a quote in a regular
 * expression) is none, and the scan goes on from the next line.
 */
function literalsOf(script: string): string[] {
  const literals: string[] = [];
  let written = '';
  let depth = 0;
  /** the parenthesis depth inside a document.write call, or -1 */
  let writeDepth = -1;
  /** the literal being joined by +, and where the scan stood after its last part */
  let joined: { text: string; end: number } | undefined;
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (c === '"' || c === "'" || c === '`') {
      const literal = readLiteral(script, i);
      if (literal === undefined) {
        const lineEnd = script.indexOf('\n', i);
        i = lineEnd < 0 ? script.length : lineEnd;
        continue;
      }
      if (writeDepth >= 0) written += literal.text;
      if (joined && /^\s*\+\s*$/.test(script.slice(joined.end, i))) joined.text += literal.text;
      else {
        if (joined) literals.push(joined.text);
        joined = { text: literal.text, end: 0 };
      }
      joined.end = literal.end;
      i = literal.end - 1;
    } else if (c === '/' && (script[i + 1] === '/' || script[i + 1] === '*')) {
      const end = script[i + 1] === '/' ? script.indexOf('\n', i) : script.indexOf('*/', i + 2) + 1;
      i = end <= 0 ? script.length : end;
    } else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth < writeDepth) writeDepth = -1;
    } else if (c === 'd' && writeDepth < 0 && WRITE_CALL.test(script.slice(i, i + 40))) {
      depth++;
      writeDepth = depth;
      i = script.indexOf('(', i);
    }
  }
  if (joined) literals.push(joined.text);
  if (written !== '') literals.push(written);
  return literals;
}

/** The string literal opening at `start`, decoded, and the index after its closing quote; undefined when a line ends it first. */
function readLiteral(script: string, start: number): { text: string; end: number } | undefined {
  const quote = script[start]!;
  let text = '';
  for (let i = start + 1; i < script.length; i++) {
    const c = script[i]!;
    if (c === quote) return { text, end: i + 1 };
    if (c === '\n' && quote !== '`') return undefined;
    if (c !== '\\') {
      text += c;
      continue;
    }
    const next = script[++i] ?? '';
    if (next === 'u' || next === 'x') {
      const hex =
        next === 'x'
          ? script.slice(i + 1, i + 3)
          : script[i + 1] === '{'
            ? /^\{([0-9a-f]{1,6})\}/i.exec(script.slice(i + 1, i + 9))?.[1]
            : script.slice(i + 1, i + 5);
      const code = hex !== undefined && /^[0-9a-f]+$/i.test(hex) ? parseInt(hex, 16) : NaN;
      if (Number.isNaN(code) || code > 0x10ffff) return undefined;
      text += String.fromCodePoint(code);
      i += next === 'x' || script[i + 1] !== '{' ? hex!.length : hex!.length + 2;
    } else if (next === '\r' || next === '\n') {
      // a line continued: no character
      if (next === '\r' && script[i + 1] === '\n') i++;
    } else text += SIMPLE_ESCAPES[next] ?? next;
  }
  return undefined;
}

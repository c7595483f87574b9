/**
 * The conditions an OpenDocument text hides a section by (Format ▸ Sections ▸ Hide, With condition: text:display="condition"
 * and text:condition="ooow:…"), evaluated as LibreOffice evaluates them when it shows the document: constants (1, TRUE,
 * "a"), the document's user fields by name, comparisons (==, !=, <, >, <=, >= and EQ, NEQ, LT, GT, LEQ, GEQ), AND/&&, OR/||,
 * XOR, NOT/!, arithmetic and brackets. A condition that names anything else (a database field, a variable set in the
 * text) is not known here: the section is read, as nothing is dropped on a guess.
 */

/** A user field's value: a number (a boolean is 1 or 0) or a string. */
export type FieldValue = number | string;

/** Longer conditions are not evaluated (the section is read). */
const MAX_CONDITION_CHARS = 500;
/** Deeper brackets and negations are not evaluated. */
const MAX_DEPTH = 50;

const TOKEN = /\s*(?:(\d+(?:\.\d*)?|\.\d+)|"([^"]*)"|'([^']*)'|(==|!=|<>|<=|>=|&&|\|\||[<>=!()+\-*/])|([\p{L}_][\p{L}\p{N}_.]*))/uy;
const WORD_OPERATORS: Readonly<Record<string, string>> = {
  EQ: '==',
  NEQ: '!=',
  LT: '<',
  GT: '>',
  LEQ: '<=',
  GEQ: '>=',
  AND: '&&',
  OR: '||',
  XOR: 'XOR',
  NOT: '!',
};

type Token = { value: FieldValue } | { operator: string };

/** The condition's tokens, or undefined where it holds what is not known. */
function tokensOf(condition: string, fields: ReadonlyMap<string, FieldValue>): Token[] | undefined {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < condition.length) {
    if (/^\s*$/.test(condition.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(condition);
    if (!match) return undefined;
    const [, number, doubleQuoted, singleQuoted, operator, word] = match;
    if (number !== undefined) tokens.push({ value: Number(number) });
    else if (doubleQuoted !== undefined || singleQuoted !== undefined) tokens.push({ value: doubleQuoted ?? singleQuoted! });
    else if (operator !== undefined) tokens.push({ operator: operator === '<>' ? '!=' : operator === '=' ? '==' : operator });
    else {
      const upper = word!.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') tokens.push({ value: upper === 'TRUE' ? 1 : 0 });
      else if (WORD_OPERATORS[upper]) tokens.push({ operator: WORD_OPERATORS[upper] });
      else if (fields.has(word!)) tokens.push({ value: fields.get(word!)! });
      else return undefined;
    }
  }
  return tokens;
}

const LEVELS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['||', 'XOR']),
  new Set(['&&']),
  new Set(['==', '!=', '<', '>', '<=', '>=']),
  new Set(['+', '-']),
  new Set(['*', '/']),
];

const truth = (value: FieldValue): boolean => (typeof value === 'number' ? value !== 0 : value !== '');
const asNumber = (value: FieldValue): number => (typeof value === 'number' ? value : Number(value) || 0);

function apply(operator: string, left: FieldValue, right: FieldValue): FieldValue {
  const bool = (holds: boolean) => (holds ? 1 : 0);
  switch (operator) {
    case '||':
      return bool(truth(left) || truth(right));
    case 'XOR':
      return bool(truth(left) !== truth(right));
    case '&&':
      return bool(truth(left) && truth(right));
    case '+':
      return asNumber(left) + asNumber(right);
    case '-':
      return asNumber(left) - asNumber(right);
    case '*':
      return asNumber(left) * asNumber(right);
    case '/':
      return asNumber(left) / asNumber(right);
  }
  // a comparison: as strings where either side is one, else as numbers
  const [a, b] = typeof left === 'string' || typeof right === 'string' ? [String(left), String(right)] : [left, right];
  switch (operator) {
    case '==':
      return bool(a === b);
    case '!=':
      return bool(a !== b);
    case '<':
      return bool(a < b);
    case '>':
      return bool(a > b);
    case '<=':
      return bool(a <= b);
    default:
      return bool(a >= b);
  }
}

/** A precedence parser over the tokens: undefined where they make no expression. */
class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  whole(): FieldValue | undefined {
    const value = this.level(0, 0);
    return value !== undefined && this.at === this.tokens.length ? value : undefined;
  }

  private operatorAt(): string | undefined {
    const token = this.tokens[this.at];
    return token && 'operator' in token ? token.operator : undefined;
  }

  private level(level: number, depth: number): FieldValue | undefined {
    if (level === LEVELS.length) return this.unary(depth);
    let left = this.level(level + 1, depth);
    for (let operator = this.operatorAt(); left !== undefined && operator !== undefined && LEVELS[level]!.has(operator); operator = this.operatorAt()) {
      this.at++;
      const right = this.level(level + 1, depth);
      if (right === undefined) return undefined;
      left = apply(operator, left, right);
    }
    return left;
  }

  private unary(depth: number): FieldValue | undefined {
    if (depth > MAX_DEPTH) return undefined;
    const token = this.tokens[this.at++];
    if (token === undefined) return undefined;
    if ('value' in token) return token.value;
    if (token.operator === '!') {
      const value = this.unary(depth + 1);
      return value === undefined ? undefined : truth(value) ? 0 : 1;
    }
    if (token.operator === '-') {
      const value = this.unary(depth + 1);
      return value === undefined ? undefined : -asNumber(value);
    }
    if (token.operator !== '(') return undefined;
    const value = this.level(0, depth + 1);
    if (value === undefined || this.operatorAt() !== ')') return undefined;
    this.at++;
    return value;
  }
}

/**
 * Whether a condition holds, given the document's user fields: true or false, or undefined where it cannot be told
 * here. The namespace prefix LibreOffice writes (ooow:, ooo:) is not part of it.
 */
export function conditionHolds(written: string, fields: ReadonlyMap<string, FieldValue>): boolean | undefined {
  const condition = written.replace(/^[a-z]{1,10}:(?!=)/i, '');
  if (condition.length > MAX_CONDITION_CHARS || condition.trim() === '') return undefined;
  const tokens = tokensOf(condition, fields);
  const value = tokens && new Parser(tokens).whole();
  return value === undefined ? undefined : truth(value);
}

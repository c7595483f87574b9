/**
 * Talk written down as it was heard: a video's subtitles (SRT, WebVTT) and a speech-recognition export or an
 * unedited transcript, whose phrases are parted by blanks instead of punctuation.
 */
import { COUNTING_AFTER } from './fold.js';

/** A Chinese character, or a numeral's or figure's character. */
const HAN = String.raw`\p{Script=Han}`;
/** Blanks between Chinese characters in a line: two at least part a transcript's phrases. */
const HAN_BLANK_HAN = new RegExp(`${HAN} ${HAN}`, 'gu');
const MIN_PARTED_PHRASES = 2;
/** Punctuation that parts clauses or ends sentences: a line holding it is punctuated, its blanks are the writer's own. */
const CLAUSE_PUNCTUATION = /[，。；！？,;!?、]/;
/** A table's row: cells between tabs or bars (32名 公职律师 | 7名 区政府法律顾问), their blanks the cells' own. */
const CELLS = /[\t|｜]/;
/** A line of speech holds a phrase this long at least; a menu's or a list's words are shorter. */
const MIN_PHRASE_CHARS = 8;
/** A sentence's end at the line's end: a line punctuated only there (a subtitle's turn, an export's line) is unpunctuated. */
const LAST_MARK = /[。！？!?]\s*$/;
/** A numeral's character, Chinese or Arabic. */
const NUMERAL = '[零〇一二两三四五六七八九十百千万亿0-9]';
/** A figure: a numeral and what it counts (三百一十二件, 百分之九十一点二, 六十多名, 53件), not a date (二零二五年). */
const FIGURE = `(?:百分之)?${NUMERAL}(?:${NUMERAL}|点)*[余多来]?(?:${COUNTING_AFTER}|个)`;
/** A turn's or a spoken line's last words, with no mark ending them: the speech ends there, as a sentence does. */
const SPOKEN_END = /[\p{Script=Han}0-9%]$/u;
/** A subtitle cue's timing line (00:00:26,500 --> 00:00:31,900; WebVTT's 00:26.500 --> 00:31.900 and its settings). */
const CUE_TIMING = /^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}(?:[ \t][^\n]*)?$/;
/** So many cues at least make a text a subtitle file; a report quoting one timing line is none. */
const MIN_CUES = 3;
/** A cue's number, alone on its line. */
const CUE_NUMBER = /^[ \t]*\d{1,5}[ \t]*$/;
/** A WebVTT file's first line: its signature, alone or before a blank and a title. */
const WEBVTT_SIGNATURE = /^\uFEFF?WEBVTT(?:[ \t][^\n]*)?$/;
/** A WebVTT comment's, style sheet's or region's first line. */
const VTT_BLOCK = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;
/** A cue's voice tag (<v 主持人>, <v.loud 区司法局局长>): the speaker whose words follow. */
const VOICE = /<v(?:\.[\w.-]*)?[ \t]+([^>]{1,40})>/;
/** A cue's ruby text (<rt>…</rt>): a pronunciation over the words, none of them. */
const RUBY_TEXT = /<rt>[^<]*(?:<\/rt>|$)/g;
/** A cue's tags: WebVTT's voice, class, styling, language, ruby and timestamp tags, SRT's <font> and its styling. */
const CUE_TAG = /<\/?(?:[vcibu]|lang|ruby|rt|font)(?:[.\s][^>]{0,200})?>|<\d{1,2}(?::\d{2}){1,2}\.\d{3}>/gi;
/** An ASS/SSA override block some SRT files keep ({\an8}, {\i1}, {\pos(10,20)}). */
const ASS_OVERRIDE = /\{\\[^{}]{0,100}\}/g;
/** The character references a cue's text may hold. */
const CUE_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', lrm: '', rlm: '' };
const decodeCueEntities = (text: string): string => text.replace(/&(amp|lt|gt|nbsp|lrm|rlm);/g, (_, name: string) => CUE_ENTITIES[name]!);
/** A cue that opens with its speaker's label (解说:, 区司法局局长 某某:, 主持人:): a new turn, a line of its own. */
const SPEAKER_LABEL = /^[^\s:：,，。;；!！?？]{1,16}(?:[ \t\u3000][^\s:：,，。;；!！?？]{1,8})?[:：]/;

/** A cue that opens with a figure after one ending in words or a numeral: a sentence cut before its figure (意见 / 三百一十二件). */
const CUE_CUT_BEFORE_FIGURE = /[\p{Script=Han}0-9]$/u;
const OPENS_WITH_FIGURE = new RegExp(`^${FIGURE}`, 'u');

/**
 * A subtitle file as the speech its cues cut: cue numbers, timing lines and the blank lines between cues are no text,
 * and one speaker's cues run on as one line, a blank between them as between the phrases of a cue, none before a figure
 * that opens a cue (a sentence or a figure cut across cues: 合法性审查意见 / 三百一十二件, 审查政府合同一百 / 二十三份); a cue
 * that opens with a speaker's label starts a line, and a turn's last words end a sentence. A cue's markup is none of its
 * words, and a WebVTT cue's voice (<v 主持人>) is its speaker's label where the speaker changes; a WebVTT file's header,
 * its cues' identifiers and its comment, style and region blocks are no text (WEBVTT stood as the report's first line,
 * its tags inside the words). A text with fewer timing lines than MIN_CUES is left as it is; so is every line before
 * the first cue of a file other than WebVTT (a file's header).
 */
export function withoutSubtitleCues(text: string): string {
  const lines = text.split('\n');
  const timings = lines.filter((line) => CUE_TIMING.test(line)).length;
  if (timings < MIN_CUES) return text;
  const first = lines.findIndex((line) => CUE_TIMING.test(line));
  const webVtt = WEBVTT_SIGNATURE.test(lines[0] ?? '');
  // before its first cue a WebVTT file holds its header (its signature and settings) and comments, no text
  const out = webVtt ? [] : lines.slice(0, Math.max(0, first - (first > 0 && CUE_NUMBER.test(lines[first - 1]!) ? 1 : 0)));
  let speech: string | undefined;
  let voice: string | undefined;
  const flush = () => {
    if (speech !== undefined) out.push(SPOKEN_END.test(speech) ? `${speech}。` : speech);
    speech = undefined;
  };
  for (let k = first; k < lines.length; k++) {
    // a WebVTT comment, style sheet or region block runs to the next blank line
    if (webVtt && VTT_BLOCK.test(lines[k]!) && (lines[k - 1] ?? '').trim() === '') {
      while (k + 1 < lines.length && lines[k + 1]!.trim() !== '') k++;
      continue;
    }
    // a cue's number stands before its timing line, or alone where a page's seam took the timing line away; a WebVTT
    // cue's identifier may be any words
    if (
      CUE_TIMING.test(lines[k]!) ||
      lines[k]!.trim() === '' ||
      (webVtt && k + 1 < lines.length && CUE_TIMING.test(lines[k + 1]!)) ||
      (CUE_NUMBER.test(lines[k]!) && (k + 1 >= lines.length || CUE_TIMING.test(lines[k + 1]!) || lines[k + 1]!.trim() !== ''))
    )
      continue;
    // a cue's markup (its voice, classes, styling, karaoke times; SRT's <font> and an ASS override's {\an8}) is none of
    // its words; a voice that changes is a new turn, its speaker's label opening the line
    const speaker = VOICE.exec(lines[k]!)?.[1]?.trim();
    const words = decodeCueEntities(lines[k]!.replace(RUBY_TEXT, '').replace(CUE_TAG, '').replace(ASS_OVERRIDE, '')).trim();
    if (words === '') continue;
    const line = speaker !== undefined && speaker !== '' && speaker !== voice ? `${speaker}：${words}` : words;
    if (speaker !== undefined && speaker !== '') voice = speaker;
    if (speech === undefined || SPEAKER_LABEL.test(line)) {
      flush();
      speech = line;
    } else speech += (CUE_CUT_BEFORE_FIGURE.test(speech) && OPENS_WITH_FIGURE.test(line) ? '' : ' ') + line;
  }
  flush();
  return out.join('\n');
}

/** A blank between two numerals, a figure cut by a pause (一百 二十三份), or between a rate's name and its figure (纠错率 百分之七点五). */
const CLOSED_BLANK = new RegExp(`(?<=${NUMERAL}) (?=${NUMERAL}+(?:点${NUMERAL}+)?[余多来]?(?:${COUNTING_AFTER}|个))|(?<=率) (?=百分之|${NUMERAL})`, 'gu');
/** A blank after a rate's name and before another's words, not its figure: rates listed as one (报备率 报备及时率都是百分之百). */
const LISTED_RATE = new RegExp(`(?<=率) (?!${NUMERAL}|百分之|[是为达有约近超])(?=${HAN})`, 'gu');
/** Any other blank between Chinese characters, or between a figure's end and Chinese characters. */
const PARTING_BLANK = new RegExp(`(?<=${HAN}|[0-9%]) (?=${HAN})`, 'gu');

/**
 * A line whose phrases are parted by blanks instead of punctuation (an unpunctuated speech-recognition export, a
 * subtitle's speech, a transcript typed from a recording: 我们全年出具合法性审查意见 三百一十二件 审查政府合同…):
 * what a listener hears. A blank between two numerals is a pause inside a figure (一百 二十三份 is 一百二十三份), any other
 * blank between Chinese characters parts clauses as a comma does (没有一件败诉 六件都是我出庭: 败诉, 六件), but a rate's name
 * before another's is a list (报备率 报备及时率都是百分之百: 报备率、报备及时率), and the
 * line's last words end a sentence. Only a line with two such
 * blanks at least, a phrase of MIN_PHRASE_CHARS, and no punctuation parting its clauses nor cells; every other line is
 * left as written (出席:钟远山 林秋白 宋立夏, 首页 上一页 下一页 尾页, 32名 公职律师 | 7名 区政府法律顾问).
 */
export function withSpokenPhrasesParted(text: string): string {
  if (!text.includes(' ')) return text;
  return text
    .split('\n')
    .map((line) => {
      if (CLAUSE_PUNCTUATION.test(line.replace(LAST_MARK, '')) || CELLS.test(line) || (line.match(HAN_BLANK_HAN)?.length ?? 0) < MIN_PARTED_PHRASES)
        return line;
      // a menu's or a list's words (首页 上一页 下一页 尾页, 钟远山 林秋白 宋立夏) are no phrases of speech
      if (Math.max(...line.split(/[ \u3000]+/).map((phrase) => [...phrase].length)) < MIN_PHRASE_CHARS) return line;
      const parted = line.replace(CLOSED_BLANK, '').replace(LISTED_RATE, '、').replace(PARTING_BLANK, '，');
      return SPOKEN_END.test(parted) ? `${parted}。` : parted;
    })
    .join('\n');
}

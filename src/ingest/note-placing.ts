// Where a Word document's footnotes are read: inside the sentence that holds the mark, as the .docx and .doc readers
// both place them (./docx.ts withNotesPlaced, ./doc.ts).

/** A clause's or a sentence's mark: a paragraph that holds one is prose, whose notes are read in its clauses. */
export const CLAUSE_MARK = /[,，;；。!！?？]/;
/** Where a footnote's text stands in a paragraph's text until textOf moves it after its sentence: characters no XML text holds. */
export const NOTE_OPEN = '\u0001';
export const NOTE_CLOSE = '\u0002';
/** A sentence's end, and a text that ends on one. */
const SENTENCE_END = /[。!！?？]/;
const ENDS_SENTENCE = /[。!！?？]\s*$/;

/**
 * A paragraph's text with each note set at its mark moved after the end of the sentence that holds the mark, where
 * the notes of one sentence follow it in their order; each note a sentence of its own.
 */
export function notesAfterSentences(text: string): string {
  let out = '';
  let pending = '';
  const sentence = (note: string) => (ENDS_SENTENCE.test(note) ? note : `${note}。`);
  // each note set at its mark, then the text up to the next one
  const pieces = text.split(NOTE_OPEN).map((piece, i): { note: string | null; part: string } => {
    if (i === 0) return { note: null, part: piece };
    const close = piece.indexOf(NOTE_CLOSE);
    return { note: piece.slice(0, close), part: piece.slice(close + 1) };
  });
  for (const { note, part } of pieces) {
    if (note !== null) pending += sentence(note);
    const end = pending === '' ? null : SENTENCE_END.exec(part);
    if (end) {
      out += part.slice(0, end.index + 1) + pending + part.slice(end.index + 1);
      pending = '';
    } else out += part;
  }
  if (pending === '') return out;
  return out === '' || ENDS_SENTENCE.test(out) ? out + pending : `${out}。${pending}`;
}

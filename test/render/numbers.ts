/** Every number written in a text (Arabic digits, with decimals), as numbers. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

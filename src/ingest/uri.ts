/** A URI component decoded (%E6%8A%A5 → 报), or as written where its escapes are not UTF-8 (a file named in GBK). */
export function decodeUriComponentOr(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

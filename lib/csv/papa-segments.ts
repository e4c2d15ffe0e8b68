import Papa from "papaparse";
import type { CsvDelimiter } from "./validator-options";

export type PapaResult = { data: string[][]; errors: { code: string; row: number }[]; meta: { cursor: number } };
type PapaParser = { parse(input: string, baseIndex: number, ignoreLastRow: boolean): PapaResult };
export type OnSegment = (result: PapaResult, text: string) => void;

/**
 * Drives PapaParse's tokenizer over one batch of text. Papa splits quote-free text with native
 * String#split but walks the whole input field by field as soon as it holds one quote (2-3x
 * slower). A 32K-char batch nearly always holds a quoted name, so quote-free runs are cut out and
 * given to Papa separately, and each quoted record is parsed on its own (preview: 1). Only when
 * quotes are dense (the next line is quoted too) does the rest of the batch take the slow path.
 */
export class PapaSegments {
  private readonly all: PapaParser;
  private readonly one: PapaParser;

  constructor(private readonly newline: "\n" | "\r", delimiter: CsvDelimiter = ",") {
    this.all = new Papa.Parser({ delimiter, quoteChar: '"', newline }) as PapaParser;
    this.one = new Papa.Parser({ delimiter, quoteChar: '"', newline, preview: 1 }) as PapaParser;
  }

  /** Parses the complete records of input, leaving the cut-off last one; returns chars consumed. */
  parseComplete(input: string, onSegment: OnSegment): number {
    let pos = 0;
    for (;;) {
      const q = input.indexOf('"', pos);
      if (q === -1) return pos + this.run(this.all, input, pos, input.length, onSegment);
      // No quote between pos and q, so no quoted line break either: lines are records there.
      const lineStart = Math.max(pos, input.lastIndexOf(this.newline, q) + 1);
      if (lineStart > pos) pos += this.run(this.all, input, pos, lineStart, onSegment);
      const used = this.run(this.one, input, pos, input.length, onSegment);
      if (used === 0) return pos; // the quoted record is cut off: wait for more text
      pos += used;
      const nextQuote = input.indexOf('"', pos);
      const nextBreak = input.indexOf(this.newline, pos);
      if (nextQuote !== -1 && (nextBreak === -1 || nextQuote < nextBreak)) {
        return pos + this.run(this.all, input, pos, input.length, onSegment);
      }
    }
  }

  /** Parses the file's last, unterminated record (or an unclosed quote swallowing the rest). */
  parseFinal(rest: string, onSegment: OnSegment): void {
    onSegment(this.all.parse(rest, 0, false), rest);
  }

  private run(parser: PapaParser, input: string, from: number, to: number, onSegment: OnSegment): number {
    const text = from === 0 && to === input.length ? input : input.slice(from, to);
    const result = parser.parse(text, 0, true);
    if (result.data.length > 0 || result.errors.length > 0) onSegment(result, text);
    return result.meta.cursor;
  }
}

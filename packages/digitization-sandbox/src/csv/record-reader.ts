// An RFC 4180 reader for text that arrives in pieces (a streamed upload): records are handed
// out as soon as they end, so a 150 MB file is never held whole. CRLF and LF both end a record;
// a quoted value may hold commas, doubled quotes and line breaks.

export type ReaderProblem = "QUOTE_UNTERMINATED" | "LINE_TOO_LONG";

/** No customer record comes near this; beyond it the file is broken (usually an unclosed quote). */
export const MAX_RECORD_CHARS = 1024 * 1024;

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const enum State { FieldStart, Unquoted, Quoted, QuoteSeen }

export class CsvRecordReader {
  private state = State.FieldStart;
  private fields: string[] = [];
  private field = "";
  private recordChars = 0;
  private stopped = false;

  constructor(private readonly onRecord: (fields: string[]) => void, private readonly onProblem: (problem: ReaderProblem) => void) {}

  push(text: string): void {
    if (this.stopped) return;
    let start = 0;
    for (let i = 0; i < text.length && !this.stopped; i++) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case State.Quoted:
          if (c === QUOTE) {
            this.field += text.slice(start, i);
            this.state = State.QuoteSeen;
          }
          continue;
        case State.QuoteSeen:
          if (c === QUOTE) {
            this.field += '"';
            this.state = State.Quoted;
            start = i + 1;
          } else if (c === COMMA) this.endField("");
          else if (c === LF) this.endRecord("");
          else if (c !== 13) {
            // Text after a closing quote: kept as written rather than guessed at.
            this.state = State.Unquoted;
            start = i;
          }
          continue;
        case State.FieldStart:
          if (c === QUOTE) {
            this.state = State.Quoted;
            start = i + 1;
            continue;
          }
          this.state = State.Unquoted;
          start = i;
        // falls through: the character begins an unquoted value
        case State.Unquoted:
          if (c === COMMA) this.endField(text.slice(start, i));
          else if (c === LF) this.endRecord(text.slice(start, i));
      }
    }
    if (this.stopped) return;
    if (this.state === State.Unquoted || this.state === State.Quoted) this.field += text.slice(start);
    if (this.recordChars + this.field.length > MAX_RECORD_CHARS) this.fail(this.state === State.Quoted ? "QUOTE_UNTERMINATED" : "LINE_TOO_LONG");
  }

  /** The text is complete: the last record (without a final line break) is handed out. */
  end(): void {
    if (this.stopped) return;
    if (this.state === State.Quoted) return this.fail("QUOTE_UNTERMINATED");
    if (this.state !== State.FieldStart || this.fields.length > 0) this.endRecord("");
    this.stopped = true;
  }

  /** Hands out nothing more (after a fatal problem found by the caller). */
  stop(): void {
    this.stopped = true;
  }

  private fail(problem: ReaderProblem) {
    this.stopped = true;
    this.onProblem(problem);
  }

  private endField(tail: string) {
    const value = this.field + tail;
    this.fields.push(value);
    this.recordChars += value.length;
    this.field = "";
    this.state = State.FieldStart;
  }

  private endRecord(tail: string) {
    this.endField(tail);
    const fields = this.fields;
    const last = fields.length - 1;
    // CRLF: the CR stays on an unquoted last value; it is a line ending, not data.
    if (fields[last]!.endsWith("\r")) fields[last] = fields[last]!.slice(0, -1);
    this.fields = [];
    this.recordChars = 0;
    this.onRecord(fields);
  }
}

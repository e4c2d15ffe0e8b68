import { countChar, detectLineEnding, findForeignLineBreak, lineChar, type LineEnding } from "./line-endings";
import { PapaSegments, type PapaResult } from "./papa-segments";
import type { RuleCode } from "./rule-catalogue";
import type { CsvDelimiter } from "./validator-options";

/**
 * Text arrives in decoder-sized pieces (≤ 32K chars, see utf8-decoder) and is parsed as it
 * comes; only tiny pieces are gathered first, or the carried-over partial record would be
 * re-parsed again and again. Bigger batches would cost more: strings over 128 KB go to V8's
 * large-object space, whose allocation and page faults dominated the profile.
 */
const BATCH_CHARS = 16 * 1024;
/** No customer record is anywhere near this long; beyond it the file is broken (usually an unclosed quote) and buffering more would only eat memory. */
export const MAX_RECORD_CHARS = 1024 * 1024;

export type RecordHandler = {
  /** One parsed record; `line` is the 1-based line it starts on. Fields may be mutated. */
  record(fields: string[], line: number): void;
  problem(code: RuleCode, line: number, value: string, message?: string): void;
};

/**
 * Turns decoded text, pushed in arbitrary pieces, into records with line numbers, using
 * PapaParse's RFC 4180 tokenizer the way its own ChunkStreamer does: parse everything but the
 * last (possibly cut) record, carry that over, and parse it again with the next batch.
 */
export class RecordReader {
  private pending: string[] = [];
  private pendingChars = 0;
  private partial = "";
  private ending: LineEnding | null = null;
  private segments: PapaSegments | null = null;
  private nextLine = 1;
  private foreignBreakSeen = false;
  private stopped = false;

  constructor(private readonly handler: RecordHandler, private readonly delimiter: CsvDelimiter = ",") {}

  push(text: string): void {
    if (this.stopped || text.length === 0) return;
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= BATCH_CHARS) this.parse(false);
  }

  end(): void {
    if (!this.stopped) this.parse(true);
  }

  /** Stops delivering records (after a fatal problem). */
  stop(): void {
    this.stopped = true;
    this.pending = [];
    this.partial = "";
  }

  /** Line number of the end of all text received so far (locates a decoding error). */
  currentLine(): number {
    const text = this.partial + this.pending.join("");
    return this.nextLine + countChar(text, lineChar(this.ending ?? "lf"));
  }

  private parse(final: boolean): void {
    const input = this.partial + (this.pending.length === 1 ? this.pending[0]! : this.pending.join(""));
    this.pending = [];
    this.pendingChars = 0;
    this.partial = "";
    if (input.length === 0) return;
    this.ending ??= this.startParser(input, final);
    if (!this.ending) return this.carry(input);
    const stripCr = this.ending === "crlf" || input.indexOf("\r") !== -1;
    const deliver = (result: PapaResult, text: string) => this.deliver(result, text, stripCr);
    const firstLine = this.nextLine;
    // Complete records only; the cut-off tail waits for more text, or is the file's last line.
    const consumed = this.segments!.parseComplete(input, deliver);
    this.checkForeignBreaks(input, consumed, firstLine);
    const rest = consumed === 0 ? input : input.slice(consumed);
    if (!final) return this.carry(rest);
    if (rest.length > 0 && !this.stopped) {
      this.checkForeignBreaks(rest, rest.length, this.nextLine);
      this.segments!.parseFinal(rest, deliver);
    }
    this.stopped = true;
  }

  private startParser(input: string, final: boolean): LineEnding | null {
    const ending = detectLineEnding(input, final);
    if (!ending) return null;
    this.segments = new PapaSegments(ending === "cr" ? "\r" : "\n", this.delimiter);
    if (ending === "cr") this.handler.problem("LINE_ENDINGS_CR", 1, "\\r");
    return ending;
  }

  private deliver(result: PapaResult, text: string, stripCr: boolean): void {
    const rows = result.data;
    // Only a quoted value can hold a line break, so counting is skipped for quote-free text.
    const quoted = text.indexOf('"') !== -1;
    const errors = result.errors.length > 0 ? indexQuoteErrors(result, rows.length) : null;
    const nl = lineChar(this.ending!);
    for (let r = 0; r < rows.length && !this.stopped; r++) {
      const fields = rows[r]!;
      const line = this.nextLine;
      this.nextLine += 1 + (quoted ? countBreaks(fields, nl) : 0);
      if (stripCr) stripStrayCr(fields, this.ending!);
      const quoteErrors = errors?.get(r) ?? 0;
      // Text after a closing quote makes Papa read on for another quote: report the cause first.
      if (quoteErrors & INVALID_QUOTES) this.handler.problem("QUOTE_MALFORMED", line, fields.join(","));
      if (quoteErrors & MISSING_QUOTES) {
        this.handler.problem("QUOTE_UNTERMINATED", line, fields.join(","));
        return this.stop();
      }
      this.handler.record(fields, line);
    }
  }

  private carry(rest: string): void {
    if (rest.length <= MAX_RECORD_CHARS) {
      this.partial = rest;
      return;
    }
    const code: RuleCode = rest.indexOf('"') !== -1 ? "QUOTE_UNTERMINATED" : "LINE_TOO_LONG";
    this.handler.problem(code, this.nextLine, rest.slice(0, 64));
    this.stop();
  }

  /** Reports the first line ending that differs from the file's own, once per file. */
  private checkForeignBreaks(input: string, consumed: number, firstLine: number): void {
    if (this.foreignBreakSeen) return;
    const at = findForeignLineBreak(input.slice(0, consumed), this.ending!);
    if (at === -1) return;
    this.foreignBreakSeen = true;
    const line = firstLine + countChar(input, lineChar(this.ending!), at);
    const names = { lf: "LF", crlf: "CRLF", cr: "CR" } as const;
    const inValue = this.ending === "crlf" ? " (or a value on it contains a line break)" : "";
    const message = `Line ${line} ends differently from line 1, which ends with ${names[this.ending!]}${inValue}; line endings are mixed.`;
    this.handler.problem("LINE_ENDINGS_MIXED", line, "", message);
  }
}

const INVALID_QUOTES = 1;
const MISSING_QUOTES = 2;

/** Papa's quote errors as flags per row index; rows it has not finished in this parse are left out. */
function indexQuoteErrors(result: PapaResult, rowCount: number): Map<number, number> {
  const byRow = new Map<number, number>();
  for (const e of result.errors) {
    const flag = e.code === "MissingQuotes" ? MISSING_QUOTES : e.code === "InvalidQuotes" ? INVALID_QUOTES : 0;
    if (e.row < rowCount) byRow.set(e.row, (byRow.get(e.row) ?? 0) | flag);
  }
  return byRow;
}

function countBreaks(fields: string[], nl: string): number {
  let n = 0;
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i]!;
    if (f.length > 0 && f.indexOf(nl) !== -1) n += countChar(f, nl);
  }
  return n;
}

/** Removes the "\r" that a CRLF line leaves on its last value (or a CR file's "\n" on its first). */
function stripStrayCr(fields: string[], ending: LineEnding): void {
  if (ending === "cr") {
    const first = fields[0]!;
    if (first.charCodeAt(0) === 10) fields[0] = first.slice(1);
    return;
  }
  const last = fields.length - 1;
  const value = fields[last]!;
  if (value.charCodeAt(value.length - 1) === 13) fields[last] = value.slice(0, -1);
}

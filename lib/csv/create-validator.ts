import { checkHeader } from "./check-header";
import { concatBytes } from "./concat-bytes";
import { DEFAULT_MAX_STORED_ISSUES, IssueSink } from "./issue-sink";
import { parseIsoDay } from "./parse-date";
import { RecordReader } from "./record-reader";
import { RULES, type RuleCode } from "./rule-catalogue";
import { SNIFF_BYTES, hexPreview, sniffContainer } from "./sniff-container";
import { buildReport, type ValidationReport } from "./validation-report";
import { Utf8Decoder, type InvalidUtf8 } from "./utf8-decoder";
import { RowValidator } from "./validate-row";
import { TEMPLATE_COLUMNS } from "./template-columns";
import { createHasher, type ByteHasher, type CsvValidator, type ValidationObserver, type ValidatorOptions } from "./validator-options";

export type { ByteHasher, CsvValidator, CsvDelimiter, ValidationObserver, ValidatorOptions } from "./validator-options";

export async function createValidator(options: ValidatorOptions): Promise<CsvValidator> {
  return new StreamingValidator(await createHasher(options.hash), options);
}

type Phase = "head" | "text" | "stopped";
const NO_EXTRA: readonly string[] = [];

/**
 * bytes → SHA-256 (always, to the last byte) → container sniffing on the first bytes → strict
 * UTF-8 decoding → RFC 4180 records → header check → row rules. A fatal finding stops the
 * stages after hashing; memory stays bounded by the issue cap and the duplicate indexes.
 */
class StreamingValidator implements CsvValidator {
  private phase: Phase = "head";
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private bytes = 0;
  private headerDone = false;
  private extraColumns = 0;
  private finished = false;
  private readonly decoder = new Utf8Decoder();
  private readonly pushText = (text: string) => {
    if (this.phase === "text") this.reader.push(text);
  };
  private readonly sink: IssueSink;
  private readonly rows: RowValidator;
  private readonly reader: RecordReader;

  constructor(private readonly hasher: ByteHasher | null, private readonly options: ValidatorOptions) {
    this.sink = new IssueSink(options.maxStoredIssues ?? DEFAULT_MAX_STORED_ISSUES, options.observer);
    this.rows = new RowValidator(this.sink, parseIsoDay(options.today), options.observer);
    this.reader = new RecordReader({
      record: (fields, line) => this.onRecord(fields, line),
      problem: (code, line, value, message) => this.add(code, line, value, message),
    }, options.delimiter);
  }

  push(chunk: Uint8Array): void {
    if (this.finished) throw new Error("push() after finish()");
    if (chunk.length === 0) return;
    this.bytes += chunk.length;
    this.hasher?.update(chunk);
    if (this.phase === "head") {
      this.headBytes += chunk.length;
      // Chunks kept across calls are copied (the caller may reuse its buffer); they total < SNIFF_BYTES.
      this.head.push(this.headBytes < SNIFF_BYTES ? chunk.slice() : chunk);
      if (this.headBytes >= SNIFF_BYTES) this.startText();
    } else if (this.phase === "text") {
      this.decode(chunk);
    }
    this.options.onProgress?.(this.bytes);
  }

  finish(): ValidationReport {
    if (this.finished) throw new Error("finish() called twice");
    this.finished = true;
    if (this.phase === "head") this.startText();
    if (this.phase === "text") this.flush();
    // Repeats among the rows read are reported even when reading stopped early.
    this.rows.finish();
    if (!this.sink.fatal && !this.headerDone) this.add("EMPTY_FILE", null, "");
    else if (!this.sink.fatal && this.rows.rows === 0) this.add("NO_DATA_ROWS", null, "");
    return buildReport({
      sha256: this.hasher?.digest("hex") ?? "",
      bytes: this.bytes,
      rows: this.rows.rows,
      validRows: this.rows.validRows,
      today: this.options.today,
      sink: this.sink,
    });
  }

  private startText(): void {
    const head = concatBytes(this.head);
    this.head = [];
    const sniff = sniffContainer(head.subarray(0, SNIFF_BYTES));
    if (sniff.fatal) return this.add(sniff.fatal.code, null, sniff.fatal.value, sniff.fatal.message);
    if (sniff.bom) this.add("BOM", 1, hexPreview(head, 3));
    this.phase = "text";
    this.decode(head);
  }

  private decode(chunk: Uint8Array): void {
    const invalid = this.decoder.decode(chunk, this.pushText);
    if (invalid && this.phase === "text") this.reportInvalidUtf8(invalid);
  }

  private flush(): void {
    const invalid = this.decoder.flush(this.pushText);
    if (invalid) return this.reportInvalidUtf8(invalid);
    this.reader.end();
  }

  private onRecord(fields: string[], line: number): void {
    const observer = this.options.observer;
    if (this.headerDone) return observer ? this.observeRow(observer, fields, line) : this.rows.validate(fields, line);
    this.headerDone = true;
    this.extraColumns = observer?.header(fields) ?? 0;
    const { issues } = checkHeader(this.extraColumns > 0 ? fields.slice(0, TEMPLATE_COLUMNS.length) : fields);
    for (const issue of issues) this.sink.add(issue.code, 1, issue.column, issue.value, issue.message);
    if (this.sink.fatal) this.stop();
  }

  /** The correction engine's pass: an errored download's own columns are set aside before the row rules. */
  private observeRow(observer: ValidationObserver, fields: string[], line: number): void {
    const extra = this.extraColumns > 0 && fields.length === TEMPLATE_COLUMNS.length + this.extraColumns ? fields.splice(TEMPLATE_COLUMNS.length) : NO_EXTRA;
    const rowsBefore = this.rows.rows;
    this.rows.validate(fields, line);
    if (this.rows.rows > rowsBefore) observer.row(fields, line, extra);
  }

  private add(code: RuleCode, line: number | null, value: string, message?: string): void {
    this.sink.add(code, line, null, value, message);
    if (RULES[code].fatal) this.stop();
  }

  private stop(): void {
    this.phase = "stopped";
    this.reader.stop();
  }

  private reportInvalidUtf8({ offset, breaksBefore, bytes }: InvalidUtf8): void {
    const line = this.reader.currentLine() + breaksBefore;
    const message = `Byte ${offset} (line ${line}) is ${bytes || "an unfinished character"}, which is not UTF-8.`;
    this.add("ENCODING_INVALID_UTF8", line, bytes, message);
  }
}

import { SMTPServer } from "smtp-server";

export type SmtpSink = { close(): Promise<void> };

/**
 * A real SMTP server on loopback for tests (smtp-server): accepts any sender and recipient
 * without authentication or TLS and hands each message's raw bytes to `onMessage`. While
 * `refuse()` answers true, every message is refused with a temporary 451, as a failing server would.
 */
export async function startSmtpSink(port: number, onMessage: (raw: Buffer) => Promise<void> | void, refuse: () => boolean = () => false): Promise<SmtpSink> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        if (refuse()) return callback(Object.assign(new Error("Try again later"), { responseCode: 451 }));
        Promise.resolve(onMessage(Buffer.concat(chunks))).then(() => callback(), callback);
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return { close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

import pino from "pino";

// Structured JSON logs. Personal data never goes in a log line on purpose; the redaction list
// is the safety net for secrets that could ride along in an object.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "digitization-sandbox" },
  redact: {
    paths: ["key", "*.key", "secret", "*.secret", 'headers["x-transaction-key"]', "headers.authorization", '*.headers["x-transaction-key"]', "*.headers.authorization"],
    censor: "[redacted]",
  },
});

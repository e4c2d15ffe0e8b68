import type { z } from "zod";

// Validation problems as codes and values, never sentences: the schemas' messages are keys of
// the `validation` catalogue namespace ("tooLong"), and the limits come from zod's own issue
// (`maximum`). The server sends these in a 400's details; the browser words them with `t()`,
// so the same problem reads the same in both languages whether the browser or the server found it. Pure.

export type IssueValues = Record<string, string | number>;
export type ValidationIssue = { field: string; code: string; values: IssueValues };

/** A zod issue's message is a catalogue code when a schema set one; zod's own wording is not. */
const CODE = /^[a-z][A-Za-z]*$/;

function valuesOf(issue: z.core.$ZodIssue): IssueValues {
  const values: IssueValues = {};
  if ("minimum" in issue) values.minimum = Number(issue.minimum);
  if ("maximum" in issue) values.maximum = Number(issue.maximum);
  return values;
}

function codeOf(issue: z.core.$ZodIssue): string {
  if (CODE.test(issue.message)) return issue.message;
  if (issue.code === "too_big") return "tooLong";
  if (issue.code === "too_small") return "tooShort";
  return "invalid";
}

export function validationIssues(error: z.ZodError, where = "form"): ValidationIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.length ? issue.path.join(".") : where, code: codeOf(issue), values: valuesOf(issue) }));
}

/** The issues a 400's details carry, or none when the details are something else. */
export function issuesIn(details: unknown): ValidationIssue[] {
  if (typeof details !== "object" || details === null || !("issues" in details) || !Array.isArray(details.issues)) return [];
  return details.issues.filter((i): i is ValidationIssue => typeof i?.field === "string" && typeof i?.code === "string");
}

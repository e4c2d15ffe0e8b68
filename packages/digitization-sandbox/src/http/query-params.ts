// zod at the boundary: query strings and the getCustomerData body. A bad value is a 400 that
// names the parameter, never a 500.
import { z } from "zod";
import { invalidRequest } from "./api-error";

export const MAX_PAGE = 10_000_000;
export const MAX_LIMIT = 100;

const count = (name: string, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === "") return fallback;
      const n = /^\d{1,9}$/.test(v) ? Number(v) : NaN;
      if (!(n >= 1 && n <= max)) {
        ctx.addIssue({ code: "custom", message: `${name} must be a whole number from 1 to ${max}` });
        return z.NEVER;
      }
      return n;
    });

export const recordsQuery = z.object({
  page: count("page", MAX_PAGE, 1),
  limit: count("limit", MAX_LIMIT, 10),
  status: z.enum(["success", "failure"], { message: "status must be success or failure" }).optional(),
  customer_id: z.string().min(1, "customer_id must not be empty").max(200).optional(),
});

export const erroredQuery = z.object({ page_no: count("page_no", MAX_PAGE, 1) });

export const customerBody = z.object(
  {
    customer_id: z.union([z.string(), z.number().int().nonnegative()], { message: "customer_id is required" })
      .transform(String)
      .pipe(z.string().min(1, "customer_id must not be empty").max(200)),
  },
  { message: "The body must be a JSON object" },
);

export function parseOrReject<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw invalidRequest(issue.message, String(issue.path[0] ?? ""));
}

export function searchParams(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

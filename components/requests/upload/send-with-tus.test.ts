import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/http/fetch-json";
import { tusError } from "./send-with-tus";

/** A tus DetailedError as tus-js-client hands it over, with the server's answer. */
const answered = (status: number, body: string) =>
  Object.assign(new Error("tus failed"), { originalResponse: { getStatus: () => status, getBody: () => body } }) as never;

describe("tusError", () => {
  it("turns the portal's JSON refusal into the ApiError the dialog words by its code", () => {
    const error = tusError(answered(413, JSON.stringify({ error: { code: "FILE_TOO_LARGE", message: "too big", details: { max: 1 } }, requestId: "r-1" })));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 413, code: "FILE_TOO_LARGE", details: { max: 1 }, requestId: "r-1" });
  });
  it("keeps anything else a plain Error, so the dialog says the portal could not be reached", () => {
    expect(tusError(answered(502, "<html>Bad gateway</html>"))).not.toBeInstanceOf(ApiError);
    expect(tusError(answered(400, JSON.stringify({ error: {} })))).not.toBeInstanceOf(ApiError);
    expect(tusError(new Error("offline"))).not.toBeInstanceOf(ApiError);
  });
});

import { z } from "zod";
import { passwordField } from "@/lib/admin/users/contracts";
import { LOCALES } from "@/lib/i18n/config";

// The signed-in user's own account: shapes shared by the route handler and the browser. Pure.

export const changeOwnPasswordBody = z
  .object({ currentPassword: passwordField, newPassword: passwordField, confirmPassword: z.string() })
  .refine((b) => b.newPassword === b.confirmPassword, { path: ["confirmPassword"], message: "passwordsDiffer" })
  .refine((b) => b.newPassword !== b.currentPassword, { path: ["newPassword"], message: "passwordUnchanged" });
export type ChangeOwnPasswordBody = z.infer<typeof changeOwnPasswordBody>;

/** The portal language the user switched to; their e-mails are written in it. */
export const setOwnLanguageBody = z.object({ language: z.enum(LOCALES) }).strict();

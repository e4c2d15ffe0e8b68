import { z } from "zod";
import { passwordField } from "@/lib/admin/users/contracts";

// The signed-in user's own account: shapes shared by the route handler and the browser. Pure.

export const changeOwnPasswordBody = z
  .object({ currentPassword: passwordField, newPassword: passwordField, confirmPassword: z.string() })
  .refine((b) => b.newPassword === b.confirmPassword, { path: ["confirmPassword"], message: "passwordsDiffer" })
  .refine((b) => b.newPassword !== b.currentPassword, { path: ["newPassword"], message: "passwordUnchanged" });
export type ChangeOwnPasswordBody = z.infer<typeof changeOwnPasswordBody>;

import { z } from "zod";

// The users admin API's shapes, shared by the route handlers and the browser. Pure.
// Messages are codes of the `common.validation` catalogue (lib/validation/issues.ts).

export const ROLES = ["UPLOADER", "APPROVER", "ADMIN"] as const;
export type RoleName = (typeof ROLES)[number];
export type UserStatus = "ACTIVE" | "DISABLED";

export const emailField = z.string().trim().toLowerCase().max(320).pipe(z.email("emailInvalid"));
export const passwordField = z.string().min(1, "passwordRequired").max(1024);

const rolesField = z
  .array(z.enum(ROLES, "roleUnknown"))
  .min(1, "rolesRequired")
  .transform((roles) => ROLES.filter((r) => roles.includes(r)));

/** Platform administrators belong to no organization; organization staff are uploaders and/or approvers. A `common.validation` code. */
export function rolesProblem(roles: readonly RoleName[], hasOrganization: boolean): "adminHasOrganization" | "adminOtherRoles" | "staffNeedOrganization" | null {
  if (roles.includes("ADMIN")) {
    if (hasOrganization) return "adminHasOrganization";
    if (roles.length > 1) return "adminOtherRoles";
  } else if (!hasOrganization) {
    return "staffNeedOrganization";
  }
  return null;
}

export const createUserBody = z
  .object({
    email: emailField,
    name: z.string().trim().min(1, "nameRequired").max(120),
    organizationId: z.uuid("organizationRequired").nullable(),
    roles: rolesField,
    /** A one-time password: the user must replace it at first sign-in. */
    password: passwordField,
  })
  .superRefine((body, ctx) => {
    const problem = rolesProblem(body.roles, body.organizationId !== null);
    if (problem) ctx.addIssue({ code: "custom", path: ["roles"], message: problem });
  });
export type CreateUserBody = z.infer<typeof createUserBody>;

export const changeRolesBody = z.object({ roles: rolesField });
export const setPasswordBody = z.object({ password: passwordField });
export const userParams = z.object({ userId: z.uuid() });

export const listUsersQuery = z.object({
  organizationId: z.uuid().optional(),
  /** Email or name, case-insensitive contains. */
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ListUsersQuery = z.infer<typeof listUsersQuery>;

export type UserDto = {
  id: string;
  email: string;
  name: string;
  roles: RoleName[];
  status: UserStatus;
  organization: { id: string; name: string; status: "ACTIVE" | "SUSPENDED" } | null;
  mustChangePassword: boolean;
  locked: boolean;
  lastSignInAt: string | null;
  createdAt: string;
  /** The signed-in administrator: they cannot change their own roles or disable themselves. */
  isSelf: boolean;
};

export type ListUsersResponse = { users: UserDto[]; total: number; page: number; pageSize: number };

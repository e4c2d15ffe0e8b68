import { checkAuditChain } from "@/lib/audit/check-audit-chain";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route({ permission: "admin:audit" }, (ctx) => checkAuditChain(ctx));

import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { describeApiKey, hashApiKey } from "@/lib/api-keys/key-material";
import { hashPassword } from "@/lib/auth/password";
import { seal } from "@/lib/crypto/secret-box";
import { writeAudit } from "@/lib/audit/write-audit";

export const DEMO_PASSWORD = "Demo-Passw0rd!";

const organizations = [
  { name: "Alpha Bank", slug: "alpha", key: "sandbox_alpha_0123456789abcdef" },
  { name: "Beta Exchange", slug: "beta", key: "sandbox_beta_0123456789abcdef" },
];

/** Seeds the demo organizations, users and keys into an empty database; does nothing otherwise. */
export async function seedDemo(prisma: PrismaClient, encryptionKey: Buffer): Promise<boolean> {
  if ((await prisma.organization.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(async (tx) => {
    await createUser(tx, "admin@kyc.example", "Platform Administrator", ["ADMIN"], null, passwordHash);
    for (const org of organizations) {
      const { id } = await tx.organization.create({ data: { name: org.name } });
      await createUser(tx, `uploader@${org.slug}.example`, `${org.name} Uploader`, ["UPLOADER"], id, passwordHash);
      await createUser(tx, `approver@${org.slug}.example`, `${org.name} Approver`, ["APPROVER"], id, passwordHash);
      await tx.apiKey.create({
        data: { organizationId: id, ...describeApiKey(org.key), keyHash: hashApiKey(org.key), keyCiphertext: seal(org.key, encryptionKey) },
      });
    }
    await writeAudit(tx, { action: "system.demo-seeded", outcome: "SUCCESS", details: { organizations: organizations.length } });
  });
  return true;
}

function createUser(tx: Prisma.TransactionClient, email: string, name: string, roles: Role[], organizationId: string | null, passwordHash: string) {
  return tx.user.create({ data: { email, name, roles, organizationId, passwordHash } });
}

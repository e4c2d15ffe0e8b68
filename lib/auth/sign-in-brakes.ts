import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { accountAtAddress, brake, SIGN_IN_ACCOUNT, SIGN_IN_ADDRESS } from "@/lib/brakes/brakes";

/**
 * The brakes on password guessing that sit beside the per-account lockout (authenticate.ts):
 * failures for one account from one address (reset by a success), and failures from one
 * address across all accounts. Counted in the database, so every portal instance shares them.
 * Only failures count: a branch office behind one address signing in every morning is fine.
 *
 * Without a known address there are no address brakes: every such caller would share one count
 * and a guesser could lock everyone out. The per-account lockout still applies to them.
 */
export function signInBrakes(prisma: PrismaClient, email: string, address: string | null) {
  const account = brake(prisma, SIGN_IN_ACCOUNT);
  const perAddress = brake(prisma, SIGN_IN_ADDRESS);
  const accountKey = address ? accountAtAddress(email, address) : null;
  return {
    /** Why a sign-in from here is held (for the audit log), or null. Counts nothing. */
    async heldReason(): Promise<string | null> {
      if (!address || !accountKey) return null;
      const [fromAddress, forAccount] = await Promise.all([perAddress.state(address), account.state(accountKey)]);
      if (fromAddress.held) return "address over its daily failure limit";
      if (forAccount.held) return "too many failures for this account from this address";
      return null;
    },
    async countFailure(): Promise<void> {
      if (!address || !accountKey) return;
      await Promise.all([perAddress.countFailure(address), account.countFailure(accountKey)]);
    },
    async resetAccount(): Promise<void> {
      if (accountKey) await account.reset(accountKey);
    },
  };
}

import { setOwnLanguageBody } from "@/lib/admin/account/contracts";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Remembers the language the signed-in user switched to, so their e-mails are written in it. */
export const PUT = route({ permission: "requests:read", body: setOwnLanguageBody }, async ({ actor, body }) => {
  await (await db()).user.update({ where: { id: actor.id }, data: { locale: body.language } });
  return { language: body.language };
});

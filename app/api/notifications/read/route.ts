import { route } from "@/lib/http/route";
import { markReadBody } from "@/lib/notifications/contracts";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

export const dynamic = "force-dynamic";

export const POST = route({ permission: "requests:read", body: markReadBody }, async ({ actor, body }) => {
  await markNotificationsRead(actor, body);
  return listNotifications(actor);
});

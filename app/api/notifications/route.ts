import { route } from "@/lib/http/route";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const dynamic = "force-dynamic";

/** The signed-in user's own notifications (the bell). Every role has some. */
export const GET = route({ permission: "requests:read" }, ({ actor }) => listNotifications(actor));

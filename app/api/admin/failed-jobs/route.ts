import { route } from "@/lib/http/route";
import { listFailedJobsQuery } from "@/lib/jobs/failed-job-contracts";
import { listFailedJobs } from "@/lib/jobs/list-failed-jobs";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "admin:jobs", query: listFailedJobsQuery }, ({ query }) => listFailedJobs(query));

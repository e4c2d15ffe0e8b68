// Every polling interval in the portal, in one place, each with why it has its value. Plain
// constants, safe for browser code: the requests pages read them, and lib/config/env.ts takes
// from here the defaults of the three an operator may change.

/**
 * The Digitization API's published advice for a client that polls a batch: first check 1–2
 * minutes after upload, then every 30–60 s, give up after 30 minutes. The middle of each range;
 * `nextPollDelayMs` (lib/digitization/client/poll-advice.ts) applies it.
 */
export const PUBLISHED_POLL_ADVICE = { firstCheckMs: 90_000, intervalMs: 45_000, giveUpAfterMs: 30 * 60_000 } as const;

/**
 * Defaults of STATUS_FIRST_POLL_DELAY_MS and STATUS_POLL_INTERVAL_MS: when the refresh job first
 * asks the API about a new batch, and how often after. The low ends of the published ranges,
 * because the job is the portal's only caller of the status endpoint (pages read its store).
 */
export const STATUS_CHECK_DEFAULTS = { firstDelayMs: 60_000, intervalMs: 30_000 } as const;

/**
 * How long after submission the refresh job keeps asking: a day, so a batch the API takes hours
 * over (or an API outage) still ends with its final status stored. View Details shows the last check.
 */
export const STATUS_JOB_GIVE_UP_MS = 24 * 3_600_000;

/**
 * How long an open View Details page keeps re-reading the stored status (which costs the API
 * nothing): the published 30 minutes, then it offers "check now" instead of polling forever.
 */
export const DETAILS_GIVE_UP_MS = PUBLISHED_POLL_ADVICE.giveUpAfterMs;

/**
 * View Details of an approved request waiting for its Batch ID: the submission job sends it
 * within seconds, so a short interval makes the id appear by itself; it stops once the id is there.
 */
export const AWAITING_BATCH_POLL_MS = 3_000;

/**
 * The requests table while some row can change without a click (an upload being verified, a
 * submission, a batch in progress): often enough to feel live, rare enough for a page of rows.
 */
export const LIST_POLL_MS = 10_000;

/**
 * View Details' lineage panel while a correction is on its way: its outcome changes only when a
 * batch of the lineage ends, which the refresh job stores; the list's pace is plenty.
 */
export const LINEAGE_POLL_MS = LIST_POLL_MS;

/** Default of JOB_POLL_INTERVAL_MS: how often an idle worker asks pg-boss for due jobs. */
export const JOB_POLL_DEFAULT_MS = 2_000;

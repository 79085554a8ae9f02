-- Jobs: the work queue, its attempt log, cron schedules, webhooks and their delivery log.

-- The queue. Workers claim rows with FOR UPDATE SKIP LOCKED under a lease; a row whose lease ran out is claimed again.
CREATE TABLE jobs (
    id            bigserial PRIMARY KEY,
    kind          text NOT NULL,                -- evaluate, deliver-webhook
    payload       jsonb NOT NULL DEFAULT '{}',
    status        text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'succeeded', 'failed')),
    attempts      integer NOT NULL DEFAULT 0,
    max_attempts  integer NOT NULL DEFAULT 5 CHECK (max_attempts > 0),
    run_after     timestamptz NOT NULL DEFAULT now(),
    lease_owner   text,
    lease_until   timestamptz,
    heartbeat_at  timestamptz,
    last_error    text,
    -- Enqueuing twice with the same key is a no-op: one job per schedule firing, per trigger, per delivery.
    dedupe_key    text UNIQUE,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX jobs_ready ON jobs (run_after, id) WHERE status = 'queued';
CREATE INDEX jobs_leased ON jobs (lease_until) WHERE status = 'running';
CREATE INDEX jobs_status ON jobs (status, id);

-- One row per claim: which worker ran which attempt, and how it ended.
CREATE TABLE job_attempts (
    job_id       bigint NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
    attempt      integer NOT NULL,
    worker       text NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    outcome      text CHECK (outcome IN ('succeeded', 'failed', 'lost')),
    error        text,
    PRIMARY KEY (job_id, attempt)
);

-- Cron schedules: five-field expressions read in a time zone; the as-of rule picks the evaluated date.
CREATE TABLE schedules (
    name        text PRIMARY KEY,
    cron        text NOT NULL,
    time_zone   text NOT NULL DEFAULT 'UTC',
    as_of_rule  text NOT NULL DEFAULT 'today' CHECK (as_of_rule IN ('today', 'yesterday')),
    enabled     boolean NOT NULL DEFAULT true,
    next_run    timestamptz NOT NULL,
    last_run    timestamptz,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Receivers of compliance status changes; each body is signed with HMAC-SHA256 under the secret.
CREATE TABLE webhooks (
    id          bigserial PRIMARY KEY,
    url         text NOT NULL,
    secret      text NOT NULL,
    enabled     boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- Notification state and delivery log: one delivery per webhook and evaluation whose status changed.
CREATE TABLE webhook_deliveries (
    id             bigserial PRIMARY KEY,
    webhook_id     bigint NOT NULL REFERENCES webhooks (id) ON DELETE CASCADE,
    evaluation_id  bigint NOT NULL REFERENCES evaluations (id) ON DELETE CASCADE,
    event          text NOT NULL,
    body           text NOT NULL,
    status         text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts       integer NOT NULL DEFAULT 0,
    response_code  integer,
    last_error     text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    delivered_at   timestamptz,
    UNIQUE (webhook_id, evaluation_id)
);

/// What a worker does with a stuck job: one still running past the maximum job time. A query on a connection the
/// server dropped may never return (seen when PostgreSQL restarts under a transaction waiting on a lock), and cannot be
/// cancelled, so a worker stuck in one would hang for good, ignoring SIGTERM, while its job row stays locked. Ending
/// the process frees both: its supervisor starts a fresh worker, and the job is claimed again when its lease ends.
public enum StuckJobPolicy: Sendable, Equatable {
    /// Log the stuck job and keep waiting (for workers embedded in another process, e.g. tests).
    case log
    /// Log, then end the process with this status (`cleancarrier worker` uses 75, EX_TEMPFAIL).
    case exitProcess(status: Int32)
}

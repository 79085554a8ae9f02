import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock on a file (`flock`), held across processes (and tasks) for the duration of a closure.
struct FileLock {
    let path: String

    /// Runs `body` while holding the lock, waiting for other holders first.
    func withLock<T>(_ body: () async throws -> T) async throws -> T {
        let descriptor = open(self.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw LocalPostgresError.io("cannot open lock file \(self.path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        // Poll without blocking: a blocked thread would be one of the few that run Swift concurrency's tasks.
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw LocalPostgresError.io("cannot lock \(self.path): \(String(cString: strerror(errno)))")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        defer { flock(descriptor, LOCK_UN) }
        return try await body()
    }
}

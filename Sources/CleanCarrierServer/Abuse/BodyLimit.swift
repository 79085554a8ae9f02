import HTTPTypes
import NIOCore

/// A request body that throws `ProblemDetails` 413 as soon as more than `limit` bytes have arrived, so an oversized
/// body is refused after reading at most one chunk past the limit, however long the client keeps sending.
struct BodyLimit<Base: AsyncSequence & Sendable>: AsyncSequence, Sendable where Base.Element == ByteBuffer {
    typealias Element = ByteBuffer

    let base: Base
    let limit: Int

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: Base.AsyncIterator
        let limit: Int
        var received = 0

        mutating func next() async throws -> ByteBuffer? {
            guard let chunk = try await self.base.next() else { return nil }
            self.received += chunk.readableBytes
            guard self.received <= self.limit else { throw ProblemDetails.bodyTooLarge(limit: self.limit) }
            return chunk
        }
    }

    func makeAsyncIterator() -> AsyncIterator { AsyncIterator(base: self.base.makeAsyncIterator(), limit: self.limit) }
}

extension ProblemDetails {
    /// 413: the request body is larger than `limit` bytes.
    static func bodyTooLarge(limit: Int) -> ProblemDetails {
        ProblemDetails(.contentTooLarge, detail: "the request body is limited to \(limit) bytes")
    }
}

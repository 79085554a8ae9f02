/// A longest-prefix-match index over decimal digit strings: a flat array trie with ten children per node.
///
/// Nodes live in one `[Int32]` (ten child slots per node, `0` meaning none: the root is never a child), so a
/// look-up is one array read per digit with no hashing or allocation. Build it once, then share it: it is a value.
public struct DigitTrie<Value>: Sendable where Value: Sendable {
    /// Child node indexes, ten per node; slot `node * 10 + digit`.
    private var children: [Int32] = Array(repeating: 0, count: 10)
    /// Per node, the index into `values` of the value stored there, or -1.
    private var slots: [Int32] = [-1]
    /// The stored values, in insertion order.
    public private(set) var values: [Value] = []

    /// An empty trie.
    public init() {}

    /// The number of nodes, root included.
    public var nodeCount: Int { self.slots.count }

    /// Stores `value` under `prefix`, replacing (and returning) any value already stored under exactly that prefix.
    @discardableResult
    public mutating func insert(_ value: Value, for prefix: E164Prefix) -> Value? {
        var node = 0
        for byte in prefix.digits.utf8 {
            let slot = node * 10 + Int(byte &- UInt8(ascii: "0"))
            var child = Int(self.children[slot])
            if child == 0 {
                child = self.slots.count
                self.children[slot] = Int32(child)
                self.children.append(contentsOf: repeatElement(0, count: 10))
                self.slots.append(-1)
            }
            node = child
        }
        let existing = Int(self.slots[node])
        if existing >= 0 {
            let old = self.values[existing]
            self.values[existing] = value
            return old
        }
        self.slots[node] = Int32(self.values.count)
        self.values.append(value)
        return nil
    }

    /// The index into `values` of the longest stored prefix of `digits`, or `nil`: the hot path.
    /// - Parameter digits: ASCII digits; the walk stops at the first byte that is not one.
    public func longestMatchIndex(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
        self.children.withUnsafeBufferPointer { children in
            self.slots.withUnsafeBufferPointer { slots in
                var node = 0
                var best: Int32 = -1
                for byte in digits {
                    let digit = byte &- UInt8(ascii: "0")
                    guard digit < 10 else { break }
                    let child = Int(children[node &* 10 &+ Int(digit)])
                    guard child != 0 else { break }
                    node = child
                    let slot = slots[node]
                    if slot >= 0 { best = slot }
                }
                return best >= 0 ? Int(best) : nil
            }
        }
    }

    /// The index into `values` of the longest stored prefix of `digits` (ASCII digits), or `nil`.
    public func longestMatchIndex(_ digits: [UInt8]) -> Int? {
        digits.withUnsafeBufferPointer { self.longestMatchIndex($0) }
    }

    /// The value stored under the longest prefix of `digits` (E.164 digits as text), or `nil`.
    public func longestMatch(_ digits: some StringProtocol) -> Value? {
        var text = String(digits)
        return text.withUTF8 { self.longestMatchIndex($0) }.map { self.values[$0] }
    }

    /// The value stored under the longest prefix of `number`, or `nil`.
    public func longestMatch(_ number: E164Prefix) -> Value? { self.longestMatch(number.digits) }
}

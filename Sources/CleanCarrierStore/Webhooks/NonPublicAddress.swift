/// Classifies IP addresses a webhook must not be sent to.
enum NonPublicAddress {
    /// What kind of non-public address `bytes` (4 bytes IPv4, 16 bytes IPv6, network order) is, or `nil` when it is public.
    static func kind(of bytes: [UInt8]) -> String? {
        if bytes.count == 4 { return self.kind(ipv4: bytes) }
        guard bytes.count == 16 else { return "unknown" }
        if bytes.allSatisfy({ $0 == 0 }) { return "unspecified" }
        if bytes[0..<15].allSatisfy({ $0 == 0 }), bytes[15] == 1 { return "loopback" }
        // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d): judge the IPv4 inside.
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF { return self.kind(ipv4: Array(bytes[12...])) }
        if bytes[0..<12].allSatisfy({ $0 == 0 }) { return self.kind(ipv4: Array(bytes[12...])) }
        if bytes[0..<12] == [0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0] { return self.kind(ipv4: Array(bytes[12...])) }
        if bytes[0] & 0xFE == 0xFC { return "private (unique local)" }
        if bytes[0] == 0xFE, bytes[1] & 0xC0 == 0x80 { return "link-local" }
        if bytes[0] == 0xFE, bytes[1] & 0xC0 == 0xC0 { return "site-local" }
        if bytes[0] == 0xFF { return "multicast" }
        if bytes[0] == 0x20, bytes[1] == 0x01, bytes[2] == 0x0D, bytes[3] == 0xB8 { return "documentation" }
        return nil
    }

    private static func kind(ipv4 bytes: [UInt8]) -> String? {
        let (a, b) = (bytes[0], bytes[1])
        switch a {
        case 0: return "unspecified"
        case 10: return "private"
        case 127: return "loopback"
        case 100 where b & 0xC0 == 64: return "shared (CGNAT)"
        case 169 where b == 254: return "link-local (cloud metadata)"
        case 172 where b & 0xF0 == 16: return "private"
        case 192 where b == 168: return "private"
        case 192 where b == 0 && bytes[2] == 0: return "reserved"
        case 198 where b & 0xFE == 18: return "benchmarking"
        case 224...239: return "multicast"
        case 240...255: return "reserved"
        default: return nil
        }
    }
}

/// Stable, short fingerprints of findings (64-bit FNV-1a, hex): the same parts give the same text in every process.
public enum Fingerprint {
    /// The fingerprint of `parts`, joined with a separator that cannot appear in them.
    public static func of(_ parts: String...) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (index, part) in parts.enumerated() {
            if index > 0 { hash = (hash ^ 0x1F) &* 0x100_0000_01b3 }
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

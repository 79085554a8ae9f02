/// An ASN as a Regional Internet Registry records it: registry, country and holder account.
public struct ASNRegistration: Hashable, Sendable, Codable {
    public var asn: ASN
    /// `arin`, `ripencc`, `apnic`, `lacnic` or `afrinic`.
    public var rir: String
    /// ISO 3166-1 alpha-2 registration country (the holder's, not where the network runs).
    public var country: String
    /// `allocated` or `assigned`.
    public var status: String
    public var registered: Day?
    /// The RIR's opaque id of the holder's account: ASNs of one account share it.
    public var holderID: String?
    public var line: Int

    public init(asn: ASN, rir: String, country: String, status: String, registered: Day?, holderID: String?, line: Int) {
        self.asn = asn
        self.rir = rir
        self.country = country
        self.status = status
        self.registered = registered
        self.holderID = holderID
        self.line = line
    }

    /// The registry as people name it: `ARIN`, `RIPE NCC`, `APNIC`, `LACNIC`, `AFRINIC`.
    public var registryName: String {
        self.rir == "ripencc" ? "RIPE NCC" : self.rir.uppercased()
    }
}

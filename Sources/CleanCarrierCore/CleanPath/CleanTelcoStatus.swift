/// Whether a carrier qualifies as a clean telco on a day: not itself untrusted, and no untrusted vendor's equipment in
/// service on its networks; unknown when it declared no inventory.
public struct CleanTelcoStatus: Hashable, Sendable, Codable {
    /// The carrier (an entity, or an ASN the registry does not know).
    public var carrier: Party
    public var asOf: Day
    public var verdict: CleanPathVerdict
    /// Every reason against it.
    public var reasons: [CleanPathReason]
    /// The declared elements in service on `asOf`.
    public var elementsInService: Int
    /// The datasets its inventory was declared in.
    public var inventoryDatasets: [Int64]

    public init(carrier: Party, asOf: Day, reasons: [CleanPathReason], elementsInService: Int, inventoryDatasets: [Int64]) {
        self.carrier = carrier
        self.asOf = asOf
        self.reasons = reasons
        self.elementsInService = elementsInService
        self.inventoryDatasets = inventoryDatasets
        self.verdict = CleanPathVerdict.combining(reasons.map(\.kind.verdict) + [.clean])
    }

    /// The evidence in a line: `clean: 4 elements in service (dataset #12), none from an untrusted vendor`, or the reasons.
    public var evidence: String {
        guard self.verdict == .clean else { return self.reasons.map(\.summary).joined(separator: "; ") }
        let datasets = self.inventoryDatasets.map { "#\($0)" }.joined(separator: ", ")
        return "\(self.elementsInService) element(s) in service declared (dataset \(datasets)), none from an untrusted vendor"
    }
}

public import CleanCarrierStore

extension ASNRegistrationRepository.Summary: CustomStringConvertible {
    /// What the store holds of the public registries, e.g. `RIR registrations: 78812 ASNs in 5 datasets (afrinic, apnic,
    /// arin, lacnic, ripencc); US 24883, CN 1315, HK 758; AS names: 79546`.
    public var description: String {
        let scopes = self.rirDatasets.keys.sorted().joined(separator: ", ")
        let countries = ["US", "CN", "HK"].map { "\($0) \(self.byCountry[$0] ?? 0)" }.joined(separator: ", ")
        let datasets = self.rirDatasets.count == 1 ? "1 dataset" : "\(self.rirDatasets.count) datasets"
        return "RIR registrations: \(self.asns) ASNs in \(datasets) (\(scopes)); \(countries); AS names: \(self.names)"
    }
}

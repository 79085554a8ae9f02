/// A registry question the data cannot answer.
public enum RegistryRequestError: Error, Sendable, CustomStringConvertible {
    /// No registry has been imported.
    case noRegistry
    /// Neither the registry nor the public registries know the subject.
    case unknownSubject(String)

    public var description: String {
        switch self {
        case .noRegistry: "no registry has been imported: run `cleancarrier import registry FILE` or pass --file"
        case .unknownSubject(let subject): "neither the registry nor the imported RIR statistics and AS names know '\(subject)'"
        }
    }
}

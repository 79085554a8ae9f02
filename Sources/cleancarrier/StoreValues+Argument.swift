import ArgumentParser
import CleanCarrierStore

/// Dataset kinds as `import` names them: their raw values, and `rir` for the RIR statistics.
extension DatasetKind: ExpressibleByArgument {
    public init?(argument: String) {
        if argument == "rir" { self = .rirDelegated } else { self.init(rawValue: argument) }
    }

    /// The name `import` takes.
    var argumentName: String { self == .rirDelegated ? "rir" : self.rawValue }

    public static var allValueStrings: [String] { Self.allCases.map(\.argumentName) }
}

extension JobStatus: ExpressibleByArgument {}

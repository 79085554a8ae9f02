import ArgumentParser
import CleanCarrierCore

extension ASN: ExpressibleByArgument {
    /// `AS7018` or `7018`.
    public init?(argument: String) { self.init(parsing: argument) }
}

extension DialedNumber: ExpressibleByArgument {
    /// An E.164 number, `+` then the country code.
    public init?(argument: String) { self.init(parsing: argument) }
}

extension Day: ExpressibleByArgument {
    /// A date, `YYYY-MM-DD`.
    public init?(argument: String) { self.init(iso: argument) }
}

extension AsOfRule: ExpressibleByArgument {}

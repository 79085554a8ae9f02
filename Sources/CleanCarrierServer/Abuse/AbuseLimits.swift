public import Configuration

/// The bounds the server puts on each client: body sizes, connection idling and request rates.
///
/// Keys (env in brackets): `request.maxJsonBytes` (default 1 MiB; `REQUEST_MAX_JSON_BYTES`), `http.idleTimeout` in
/// seconds, between requests and between the parts of one being read (default 60; `HTTP_IDLE_TIMEOUT`),
/// `rateLimit.perKey` requests a minute for each API key (default 60000; `RATE_LIMIT_PER_KEY`),
/// `rateLimit.perAddress` requests a minute for each client address without a valid key (default 6000;
/// `RATE_LIMIT_PER_ADDRESS`). A rate of 0 turns that limit off. A client may burst up to a minute's allowance.
public struct AbuseLimits: Sendable {
    /// The largest JSON body accepted, in bytes; larger ones get 413.
    public var jsonLimit: Int
    /// Seconds a connection may stay silent (idle, or mid-request) before it is closed.
    public var idleTimeout: Double
    /// Requests a minute allowed to each API key.
    public var perKeyPerMinute: Int
    /// Requests a minute allowed to each client address that sends no valid key.
    public var perAddressPerMinute: Int

    public init(reader: ConfigReader) {
        self.jsonLimit = reader.int(forKey: "request.maxJsonBytes", default: BodyLimitMiddleware<AppRequestContext>.defaultJSONLimit)
        self.idleTimeout = reader.double(forKey: "http.idleTimeout", default: 60)
        self.perKeyPerMinute = reader.int(forKey: "rateLimit.perKey", default: 60000)
        self.perAddressPerMinute = reader.int(forKey: "rateLimit.perAddress", default: 6000)
    }
}

import CleanCarrierAPI
import CleanCarrierStore
public import Configuration
import Foundation
public import Hummingbird
import HummingbirdCore
import Logging
import OpenAPIHummingbird
import OpenAPIRuntime
import PostgresNIO

/// Builds the API server: a PostgreSQL client run as a service, migrations applied before the server starts, and the
/// router with every operation of `openapi.yaml` plus `/metrics` and `/openapi.yaml`.
/// - Parameter reader: `http.host`, `http.port`, and the keys `ServerSettings` reads.
public func buildApplication(reader: ConfigReader) async throws -> some ApplicationProtocol {
    let settings = try ServerSettings(reader: reader)
    let logger = {
        var logger = Logger(label: "cleancarrier.server")
        logger.logLevel = settings.logLevel
        return logger
    }()
    let client = PostgresClient(configuration: settings.database.clientConfiguration, backgroundLogger: logger)
    let router = try buildRouter(client: client, metrics: APIMetrics(), uploadLimit: settings.uploadLimit, limits: settings.limits)
    let http1 = HTTP1Channel.Configuration(idleTimeout: .milliseconds(Int64(settings.limits.idleTimeout * 1000)))
    var app = Application(
        router: router,
        server: .http1(configuration: http1),
        configuration: ApplicationConfiguration(reader: reader.scoped(to: "http")),
        logger: logger
    )
    app.addServices(client)
    app.beforeServerStarts {
        try await Migrator.bundled().apply(client: client, logger: logger)
    }
    return app
}

/// The router: security headers, metrics, problem+json, rate limits, 405 handling and body limits around every
/// route; API keys checked on every operation but `/health` and `/openapi.yaml` (`/metrics` needs a regulator or
/// admin key).
func buildRouter(client: PostgresClient, metrics: APIMetrics, uploadLimit: Int, limits: AbuseLimits) throws -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    let routes = RouteTable()
    let rateLimit = RateLimitMiddleware(limiter: RateLimiter(), limits: limits)
    router.addMiddleware {
        SecurityHeadersMiddleware()
        RequestMetricsMiddleware(metrics: metrics)
        LogRequestsMiddleware(.debug)
        ProblemMiddleware()
        rateLimit
        MethodNotAllowedMiddleware(routes: routes)
        BodyLimitMiddleware(jsonLimit: limits.jsonLimit, uploadLimit: uploadLimit)
        LocationHeaderMiddleware()
    }
    let document = OpenAPIDocument.yaml
    router.get("/openapi.yaml") { _, _ in
        Response(status: .ok, headers: [.contentType: "application/yaml"], body: .init(byteBuffer: ByteBuffer(bytes: document)))
    }
    routes.add(.get, "/openapi.yaml")
    routes.add(.get, "/metrics")
    let api = APIImplementation(client: client, metrics: metrics, uploadLimit: uploadLimit)
    let authenticated = router.group()
        .add(middleware: APIKeyMiddleware(keys: APIKeyRepository(client: client), audit: AuditLog(client: client), rateLimit: rateLimit))
        .add(middleware: OpenAPIRequestContextMiddleware())
    authenticated.get("/metrics") { _, context in
        guard let role = context.key?.role, [.regulator, .admin].contains(role) else {
            throw ProblemDetails.forbidden("the metrics need a regulator or admin key")
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: metrics.exposition()))
        )
    }
    let transport = RecordingTransport(
        open: router.group().add(middleware: OpenAPIRequestContextMiddleware()),
        authenticated: authenticated,
        publicPaths: ["/health"],
        routes: routes
    )
    // Compact JSON: the generator's default pretty-prints, which makes every response about a third larger.
    try api.registerHandlers(on: transport, configuration: OpenAPIRuntime.Configuration(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]))
    // The `datasets-raw` operations, which the generator leaves out (openapi-generator-config.yaml).
    authenticated.post("/datasets/peeringdb") { request, context in try await api.uploadPeeringDB(request, context: context) }
    routes.add(.post, "/datasets/peeringdb")
    return router
}

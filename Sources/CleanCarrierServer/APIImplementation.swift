import CleanCarrierAPI
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import HTTPTypes
import PostgresNIO

/// The OpenAPI operations. Each handler checks the caller's role, calls the use cases (`CleanCarrierApp`) or the
/// repositories it was built with, and throws `ProblemDetails` for every refusal. Features live in `APIImplementation+*.swift`.
struct APIImplementation: APIProtocol {
    let client: PostgresClient
    let keys: APIKeyRepository
    let audit: AuditLog
    let datasets: DatasetRepository
    let findings: FindingRepository
    let evaluations: EvaluationRepository
    let registry: RegistryRepository
    let editor: RegistryEditor
    let services: AppServices
    let metrics: APIMetrics
    let uploadLimit: Int

    init(client: PostgresClient, metrics: APIMetrics, uploadLimit: Int) {
        self.client = client
        self.keys = APIKeyRepository(client: client)
        self.audit = AuditLog(client: client)
        self.datasets = DatasetRepository(client: client)
        self.findings = FindingRepository(client: client)
        self.evaluations = EvaluationRepository(client: client)
        self.registry = RegistryRepository(client: client)
        self.editor = RegistryEditor(client: client)
        self.services = AppServices(client: client)
        self.metrics = metrics
        self.uploadLimit = uploadLimit
    }

    func getHealth(_ input: Operations.GetHealth.Input) async throws -> Operations.GetHealth.Output {
        do {
            try await self.client.query("SELECT 1", logger: AppRequestContext.logger)
        } catch {
            AppRequestContext.logger.error("Health check failed", metadata: ["error": "\(String(reflecting: error))"])
            throw ProblemDetails(.serviceUnavailable, detail: "the database does not answer")
        }
        return .ok(.init(body: .json(.init(status: .ok))))
    }
}

extension APIImplementation {
    /// Who the audit log names for `key`.
    static func actor(_ key: APIKey) -> AuditLog.Actor {
        AuditLog.Actor(name: key.prefix, role: key.role.rawValue, tenant: key.tenant)
    }

    /// A date parameter, or today (UTC) when absent.
    /// - Throws: 400 when it is not a `YYYY-MM-DD` date.
    static func day(_ text: String?, name: String) throws(ProblemDetails) -> Day {
        guard let text else { return .today }
        guard let day = Day(iso: text) else { throw .badRequest("\(name) must be a date (YYYY-MM-DD), not '\(text)'") }
        return day
    }
}

import Foundation

/// The contract, `openapi.yaml`, as shipped in this target's resources, for serving at `/openapi.yaml`.
package enum OpenAPIDocument {
    /// The YAML bytes of the OpenAPI document.
    package static func yaml() throws -> Data {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else { throw CocoaError(.fileNoSuchFile) }
        return try Data(contentsOf: url)
    }
}

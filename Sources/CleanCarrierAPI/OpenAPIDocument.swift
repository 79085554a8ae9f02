/// The contract, `openapi.yaml`, embedded in the binary, for serving at `/openapi.yaml`.
package enum OpenAPIDocument {
    /// The YAML bytes of the OpenAPI document.
    package static var yaml: [UInt8] { PackageResources.openapi_yaml }
}

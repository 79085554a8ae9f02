/// The payload of a `deliver-webhook` job: send one stored delivery.
public struct WebhookDeliveryPayload: Codable, Sendable, Hashable {
    /// The job kind this payload belongs to.
    public static let kind = "deliver-webhook"

    public var deliveryID: Int64

    public init(deliveryID: Int64) { self.deliveryID = deliveryID }
}

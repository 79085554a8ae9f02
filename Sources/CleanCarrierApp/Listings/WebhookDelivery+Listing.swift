public import CleanCarrierStore

extension WebhookRepository.Delivery: TabularListing {
    public static let columns = ["id", "webhook", "evaluation", "status", "attempts", "response", "last_error"]

    /// Never the secret or the body.
    public var cells: [String] {
        [
            "\(self.id)", "\(self.webhookID)", "\(self.evaluationID)", self.status.rawValue, "\(self.attempts)",
            self.responseCode.map(String.init) ?? "-",
            self.lastError ?? "",
        ]
    }
}

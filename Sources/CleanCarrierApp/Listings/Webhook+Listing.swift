public import CleanCarrierStore

extension WebhookRepository.Webhook: TabularListing {
    public static let columns = ["id", "url", "enabled"]

    public var cells: [String] { ["\(self.id)", self.url, "\(self.enabled)"] }
}

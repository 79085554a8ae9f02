public import CleanCarrierStore

/// What `ImportService.importFiles` reports as it goes.
public enum ImportProgress: Sendable {
    /// The tenant was missing and has been created.
    case createdTenant(String)
    /// One file's outcome.
    case imported(file: String, ImportOutcome)
    /// The owners of an imported cable map that no registry entity or alias names, for review.
    case ownersToReview(folder: String, [String])
}

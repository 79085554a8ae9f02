public import CleanCarrierCore

extension RequestRefusal {
    /// What a trace that cannot be made as asked is refused with: no relationships loaded (409), a destination that
    /// is no AS or observed prefix (400), no route (404). Relationships that make no graph are not the caller's to
    /// fix: their errors are thrown as they are.
    static func refusal(for failure: DataRouteTrace.Failure) -> any Error {
        switch failure {
        case .noRelationships:
            RequestRefusal.conflict(
                "no AS relationships are loaded: import them first (`cleancarrier import as-rel FILE` or POST /datasets/as-relationships)"
            )
        case .unknownDestination: RequestRefusal.refused("to: \(failure)")
        case .noRoute: RequestRefusal.notFound(failure.description)
        case .invalidGraph(let errors): errors
        }
    }

    /// What a Clean Path check that cannot be made is refused with: as `refusal(for:)` for the data route, 404 for an
    /// unknown source, 400 for a destination that is no E.164 number.
    static func refusal(for failure: CleanPathJudge.CheckFailure) -> any Error {
        switch failure {
        case .dataTrace(let failure): Self.refusal(for: failure)
        case .unknownSource: RequestRefusal.notFound(failure.description)
        case .badNumber: RequestRefusal.refused("to: \(failure)")
        }
    }
}

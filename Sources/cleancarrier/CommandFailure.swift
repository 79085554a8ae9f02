import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore

/// How the command line reports what the use cases throw, in one place: a refused request is a usage error (64), bad
/// data is listed line by line (65), an unreadable file is named (66); anything else is reported as it is.
enum CommandFailure {
    /// The error `cleancarrier` exits with for `error`, after printing what must be printed.
    static func report(_ error: any Error) -> any Error {
        switch error {
        case let refusal as AdminRequestError: return ValidationError(refusal.description)
        case let refusal as ImportRequestError: return ValidationError(refusal.description)
        case let refusal as RegistryRequestError: return ValidationError(refusal.description)
        case let refusal as TraceRequestError: return ValidationError(refusal.description)
        case let refusal as ExposureAnalysis.UnknownDestination: return ValidationError("--destinations: \(refusal)")
        case let failure as CleanPathJudge.CheckFailure: return ValidationError(failure.description)
        case DataRouteTrace.Failure.noRelationships: return ValidationError("no AS relationships are loaded: run `cleancarrier import as-rel FILE`")
        case DataRouteTrace.Failure.invalidGraph(let errors): return Self.report(errors)
        case let failure as DataRouteTrace.Failure: return ValidationError(failure.description)
        case let errors as InputErrors:
            for error in errors.errors { printError(error.description) }
            if errors.total > errors.errors.count { printError("... and \(errors.total - errors.errors.count) more errors") }
            return ExitCode(65)
        case let error as InputError:
            printError(error.description)
            return ExitCode(66)
        default: return error
        }
    }
}

import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore

/// How the command line reports what the use cases throw, in one place: a refused request is printed as an error and
/// exits 64, like a bad argument but without the usage text; bad data is listed line by line (65, also for a rejected import, whose errors the import printed); an unreadable file
/// is named (66); anything else is reported as it is.
enum CommandFailure {
    /// The error `cleancarrier` exits with for `error`, after printing what must be printed.
    static func report(_ error: any Error) -> any Error {
        switch error {
        case let refusal as RequestRefusal: return Self.refused(refusal.description)
        case is ImportRejection: return ExitCode(65)
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

    private static func refused(_ message: String) -> ExitCode {
        printError("Error: \(message)")
        return .validationFailure
    }
}

import CleanCarrierAPI
import CleanCarrierCore
import CleanCarrierStore

// The core's and the store's enums, made from the API's by exhaustive switches: a value the spec names that the core
// does not know fails the build, instead of being dropped or read as some default.

extension Finding.Rule {
    init(_ rule: Components.Schemas.Rule) {
        self =
            switch rule {
            case .cc1: .directInterconnect
            case .cc1d: .declaredVersusRouting
            case .cc2: .dataTransit
            case .cc3: .voice
            case .cc4: .presence
            case .cc5: .cable
            case .cc6: .equipment
            }
    }
}

extension Finding.Severity {
    init(_ severity: Components.Schemas.Severity) {
        self =
            switch severity {
            case .violation: .violation
            case .exposure: .exposure
            case .notice: .notice
            case .directLink: .directLink
            }
    }
}

extension EvaluationReport.Status {
    init(_ status: Components.Schemas.FindingStatus) {
        self =
            switch status {
            case .new: .new
            case .persisting: .persisting
            case .resolved: .resolved
            }
    }
}

extension DatasetKind {
    init(_ kind: Components.Schemas.DatasetKind) {
        self =
            switch kind {
            case .registry: .registry
            case .rirDelegated: .rirDelegated
            case .asNames: .asNames
            case .asRel: .asRelationships
            case .interconnects: .interconnects
            case .observedPaths: .observedPaths
            case .voiceRoutes: .voiceRoutes
            case .numberRanges: .numberRanges
            case .peeringdb: .peeringDB
            case .equipment: .equipment
            case .cables: .cables
            case .cableCircuits: .cableCircuits
            }
    }
}

extension DatasetStatus {
    init(_ status: Components.Schemas.DatasetStatus) {
        self =
            switch status {
            case .staged: .staged
            case .active: .active
            case .superseded: .superseded
            case .rejected: .rejected
            }
    }
}

extension Designation.Instrument {
    init(_ instrument: Components.Schemas.Instrument) {
        self =
            switch instrument {
            case .coveredList: .coveredList
            case .section214Revocation: .section214Revocation
            case .section214Denial: .section214Denial
            case .cleanCarrier: .cleanCarrier
            case .regulatorDefined: .regulatorDefined
            case .submarineCableRules: .submarineCableRules
            }
    }
}

extension APIKey.Role {
    init(_ role: Components.Schemas.Role) {
        self =
            switch role {
            case .regulator: .regulator
            case .telco: .telco
            case .admin: .admin
            }
    }
}

extension AsOfRule {
    init(_ rule: Components.Schemas.AsOfRule) {
        self =
            switch rule {
            case .today: .today
            case .yesterday: .yesterday
            }
    }
}

extension JobStatus {
    init(_ status: Components.Schemas.JobStatus) {
        self =
            switch status {
            case .queued: .queued
            case .running: .running
            case .succeeded: .succeeded
            case .failed: .failed
            }
    }
}

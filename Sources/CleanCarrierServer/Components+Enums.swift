import CleanCarrierAPI
import CleanCarrierCore
import CleanCarrierStore

// The API's enums, made from the core's and the store's by exhaustive switches: a value the spec does not name fails
// the build, instead of being answered as some default.

extension Components.Schemas.Rule {
    init(_ rule: Finding.Rule) {
        self =
            switch rule {
            case .directInterconnect: .cc1
            case .declaredVersusRouting: .cc1d
            case .dataTransit: .cc2
            case .voice: .cc3
            case .presence: .cc4
            case .cable: .cc5
            case .equipment: .cc6
            }
    }
}

extension Components.Schemas.Severity {
    init(_ severity: Finding.Severity) {
        self =
            switch severity {
            case .violation: .violation
            case .exposure: .exposure
            case .notice: .notice
            case .directLink: .directLink
            }
    }
}

extension Components.Schemas.FindingStatus {
    init(_ status: EvaluationReport.Status) {
        self =
            switch status {
            case .new: .new
            case .persisting: .persisting
            case .resolved: .resolved
            }
    }
}

extension Components.Schemas.EvidenceRecord.BasisPayload {
    init(_ basis: Evidence.Basis) {
        self =
            switch basis {
            case .declared: .declared
            case .inferred: .inferred
            case .observed: .observed
            }
    }
}

extension Components.Schemas.DatasetStatus {
    init(_ status: DatasetStatus) {
        self =
            switch status {
            case .staged: .staged
            case .active: .active
            case .superseded: .superseded
            case .rejected: .rejected
            }
    }
}

extension Components.Schemas.Evaluation.StatusPayload {
    init(_ status: EvaluationStatus) {
        self =
            switch status {
            case .running: .running
            case .succeeded: .succeeded
            case .failed: .failed
            }
    }
}

extension Components.Schemas.Instrument {
    init(_ instrument: Designation.Instrument) {
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

extension Components.Schemas.Role {
    init(_ role: APIKey.Role) {
        self =
            switch role {
            case .regulator: .regulator
            case .telco: .telco
            case .admin: .admin
            }
    }
}

extension Components.Schemas.TraceHop.RolePayload {
    init(_ role: DataRouteTrace.Role) {
        self =
            switch role {
            case .source: .source
            case .transit: .transit
            case .destination: .destination
            }
    }
}

extension Components.Schemas.AsOfRule {
    init(_ rule: AsOfRule) {
        self =
            switch rule {
            case .today: .today
            case .yesterday: .yesterday
            }
    }
}

extension Components.Schemas.DatasetKind {
    init(_ kind: DatasetKind) {
        self =
            switch kind {
            case .registry: .registry
            case .rirDelegated: .rirDelegated
            case .asNames: .asNames
            case .asRelationships: .asRel
            case .interconnects: .interconnects
            case .observedPaths: .observedPaths
            case .voiceRoutes: .voiceRoutes
            case .numberRanges: .numberRanges
            case .peeringDB: .peeringdb
            case .equipment: .equipment
            case .cables: .cables
            case .cableCircuits: .cableCircuits
            }
    }
}

import CleanCarrierAPI
import CleanCarrierCore
import CleanCarrierStore
import Foundation

// The API's schema values, made from the store's and the core's types.

extension Components.Schemas.LineError {
    init(_ error: InputError) {
        self.init(file: error.file, line: error.line, field: error.field, message: error.message)
    }
}

extension Components.Schemas.Dataset {
    init(_ record: DatasetRecord) {
        self.init(
            id: record.id,
            kind: .init(record.kind),
            format: record.format,
            tenant: record.tenant,
            scope: record.scope,
            fileName: record.fileName,
            sha256: record.sha256,
            rows: record.rows,
            asOf: record.asOf?.description,
            receivedAt: record.receivedAt,
            status: .init(record.status),
            errors: record.errors.map { .init($0) },
            errorCount: record.errorCount
        )
    }
}

extension Components.Schemas.Party {
    init(_ party: Party) {
        self.init(ref: party.ref, name: party.name, country: party.country, untrusted: party.untrusted)
    }
}

extension Components.Schemas.EvidenceRecord {
    init(_ record: Evidence.Record) {
        self.init(
            basis: .init(record.basis),
            dataset: record.origin.dataset,
            file: record.origin.file,
            line: record.origin.line,
            detail: record.detail
        )
    }
}

extension Components.Schemas.Finding {
    init(_ record: FindingRecord) {
        let finding = record.finding
        self.init(
            fingerprint: finding.fingerprint,
            evaluationId: record.evaluationID,
            rule: .init(finding.rule),
            severity: .init(finding.severity),
            status: .init(record.status),
            firstSeen: record.firstSeen,
            subject: .init(finding.subject),
            counterpart: .init(finding.counterpart),
            summary: finding.summary,
            hops: finding.evidence.hops.map { .init($0) },
            records: finding.evidence.records.map { .init($0) },
            trustChains: finding.evidence.trustChains
        )
    }
}

extension Components.Schemas.FindingItem {
    /// A page's item with the finding's evidence (`include=evidence`).
    init(_ record: FindingRecord) {
        let finding = record.finding
        self.init(
            fingerprint: finding.fingerprint,
            evaluationId: record.evaluationID,
            rule: .init(finding.rule),
            severity: .init(finding.severity),
            status: .init(record.status),
            firstSeen: record.firstSeen,
            subject: .init(finding.subject),
            counterpart: .init(finding.counterpart),
            summary: finding.summary,
            hops: finding.evidence.hops.map { .init($0) },
            records: finding.evidence.records.map { .init($0) },
            trustChains: finding.evidence.trustChains
        )
    }

    /// A page's item without evidence.
    init(_ summary: FindingSummary) {
        self.init(
            fingerprint: summary.fingerprint,
            evaluationId: summary.evaluationID,
            rule: .init(summary.rule),
            severity: .init(summary.severity),
            status: .init(summary.status),
            firstSeen: summary.firstSeen,
            subject: .init(summary.subject),
            counterpart: .init(summary.counterpart),
            summary: summary.summary
        )
    }
}

extension Components.Schemas.Evaluation {
    init(_ summary: EvaluationSummary) {
        self.init(
            id: summary.id,
            asOf: summary.asOf.description,
            registryVersion: summary.registryVersion,
            datasetIds: summary.datasetIDs,
            trigger: summary.trigger,
            startedAt: summary.startedAt,
            finishedAt: summary.finishedAt,
            status: .init(summary.status),
            findingCount: summary.findingCount
        )
    }
}

extension Components.Schemas.Designation {
    init(_ designation: Designation) {
        self.init(
            id: designation.id,
            entity: designation.entity.rawValue,
            instrument: .init(designation.instrument),
            effective: designation.effective.description,
            end: designation.end?.description,
            citation: designation.citation,
            extendsToAffiliates: designation.extendsToAffiliates
        )
    }
}

extension Components.Schemas.APIKey {
    init(_ key: APIKey) {
        self.init(
            id: key.id,
            prefix: key.prefix,
            role: .init(key.role),
            tenant: key.tenant,
            entities: key.entities,
            label: key.label,
            createdAt: key.createdAt,
            revokedAt: key.revokedAt,
            expiresAt: key.expiresAt,
            lastUsedAt: key.lastUsedAt,
            replacesId: key.replacesID
        )
    }
}

extension Components.Schemas.TraceHop {
    init(_ hop: DataRouteTrace.Hop) {
        self.init(
            party: .init(hop.party),
            role: .init(hop.role),
            trustChains: hop.trustChains,
            cables: hop.cables?.map {
                .init(cable: $0.cable, name: $0.name, declared: $0.declared, untrustedHolders: $0.untrustedHolders, directLink: $0.directLink)
            }
        )
    }
}

extension Components.Schemas.DataTrace {
    init(_ trace: DataRouteTrace) {
        self.init(
            source: .init(trace.source),
            destination: .init(trace.destination),
            asOf: trace.asOf.description,
            primary: trace.primary.map { .init($0) },
            failedNextHop: trace.failedNextHop.description,
            failover: trace.failover.map { .init($0) }
        )
    }
}

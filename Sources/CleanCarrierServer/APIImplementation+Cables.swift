import CleanCarrierAPI
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore

/// Submarine cables, landing points and circuit uploads: read by regulators and telcos (public reference data);
/// circuits uploaded by a telco for its own carriers, or by a regulator for any tenant.
extension APIImplementation {
    func listCables(_ input: Operations.ListCables.Input) async throws -> Operations.ListCables.Output {
        _ = try AppRequestContext.key(allowing: [.regulator, .telco])
        let day = try Self.day(input.query.asOf, name: "as_of")
        let country = input.query.country ?? "US"
        guard let (dataset, listing) = try await self.services.cables.listing(country: country, day: day, logger: AppRequestContext.logger) else {
            return .ok(.init(body: .json(.init(asOf: day.description, country: country, items: [], ownersToReview: []))))
        }
        let cables = input.query.flagged == true ? listing.flagged : listing.cables
        let body = Components.Schemas.CableList(
            asOf: day.description,
            country: country,
            datasetId: dataset,
            items: cables.map(Components.Schemas.Cable.init),
            ownersToReview: listing.unmappedOwners
        )
        return .ok(.init(body: .json(body)))
    }

    func listLandingPoints(_ input: Operations.ListLandingPoints.Input) async throws -> Operations.ListLandingPoints.Output {
        _ = try AppRequestContext.key(allowing: [.regulator, .telco])
        guard let (dataset, points) = try await self.services.cables.landingPoints(country: input.query.country, logger: AppRequestContext.logger)
        else {
            return .ok(.init(body: .json(.init(items: []))))
        }
        return .ok(.init(body: .json(.init(datasetId: dataset, items: points.map(Components.Schemas.LandingPoint.init)))))
    }

    func uploadCableCircuits(_ input: Operations.UploadCableCircuits.Input) async throws -> Operations.UploadCableCircuits.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let logger = AppRequestContext.logger
        let tenant = try await self.uploadTenant(input.query.tenant, key: key)
        let ownParties = key.role == .telco ? Set(try await self.findings.subjects(boundTo: key.entities, evaluation: nil, logger: logger)) : nil
        guard case .csv(let body) = input.body else { throw ProblemDetails.badRequest("send the CSV file as text/csv") }
        let file = input.query.fileName ?? "cable-circuits.csv"
        let data = try await self.collect(body)
        let (outcome, result) = try await self.upload(
            data,
            file: file,
            kind: .cableCircuits,
            tenant: tenant,
            ownParties: ownParties,
            key: key,
            logger: logger
        )
        return outcome.status == .imported ? .created(.init(body: .json(result))) : .ok(.init(body: .json(result)))
    }
}

extension Components.Schemas.LandingPoint {
    init(_ point: LandingPoint) {
        self.init(id: point.id, name: point.name, city: point.city, country: point.country, latitude: point.latitude, longitude: point.longitude)
    }
}

extension Components.Schemas.Cable {
    init(_ assessment: CableAssessment) {
        func holder(_ holder: CableAssessment.Holder) -> Components.Schemas.CableHolder {
            .init(
                name: holder.name,
                role: holder.roleLabel,
                entity: holder.entity?.rawValue,
                entityName: holder.entityName,
                untrusted: holder.untrusted,
                chains: holder.chains
            )
        }
        let cable = assessment.cable
        self.init(
            id: cable.id,
            name: cable.name,
            readyForServiceYear: cable.readyForServiceYear,
            planned: cable.isPlanned,
            retired: cable.retired?.description,
            inService: assessment.inService,
            status: cable.status(on: assessment.day),
            directLink: !assessment.prcLandings.isEmpty,
            landingPoints: assessment.landings.map(Components.Schemas.LandingPoint.init),
            owners: assessment.owners.map(holder),
            landingParties: assessment.landingParties.map(holder)
        )
    }
}

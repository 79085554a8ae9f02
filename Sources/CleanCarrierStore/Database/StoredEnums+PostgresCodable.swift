public import CleanCarrierCore
public import NIOCore
public import PostgresNIO

/// An enum stored as its raw text: it decodes straight from its column, and a value this build does not know fails
/// the read instead of becoming a default. (postgres-nio's own `RawRepresentable` conformance is ambiguous for types
/// that are also `Codable`, which it would store as JSON.)
public protocol StoredTextEnum: PostgresCodable, RawRepresentable where RawValue == String {}

extension StoredTextEnum {
    public static var psqlType: PostgresDataType { .text }
    public static var psqlFormat: PostgresFormat { .binary }

    public func encode<JSONEncoder: PostgresJSONEncoder>(into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>) {
        byteBuffer.writeString(self.rawValue)
    }

    public init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer,
        type: PostgresDataType,
        format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        let text = try String(from: &buffer, type: type, format: format, context: context)
        guard let value = Self(rawValue: text) else { throw PostgresDecodingError.Code.failure }
        self = value
    }
}

extension APIKey.Role: StoredTextEnum {}
extension AsOfRule: StoredTextEnum {}
extension DatasetKind: StoredTextEnum {}
extension DatasetStatus: StoredTextEnum {}
extension DeliveryStatus: StoredTextEnum {}
extension EquipmentKind: StoredTextEnum {}
extension EquipmentRole: StoredTextEnum {}
extension EvaluationStatus: StoredTextEnum {}
extension LandingParty.Role: StoredTextEnum {}
extension JobStatus: StoredTextEnum {}
extension Entity.Kind: StoredTextEnum {}
extension Identifier.Kind: StoredTextEnum {}
extension Identifier.Confidence: StoredTextEnum {}
extension Designation.Instrument: StoredTextEnum {}
extension EvaluationReport.Status: StoredTextEnum {}
extension Interconnect.Kind: StoredTextEnum {}
extension Presence.PlaceKind: StoredTextEnum {}

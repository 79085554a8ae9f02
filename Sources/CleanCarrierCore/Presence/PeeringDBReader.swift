import Foundation

/// Reads PeeringDB API JSON (docs/FORMATS.md#peeringdb): `org`, `net`, `ix`, `fac`, `netixlan` and `netfac` objects.
///
/// Two shapes are read: one API page, `{"data": [...]}`, whose object type comes from the file name (`netixlan.json`,
/// `peeringdb-ix-page2.json`) or else from the objects' fields; and a combined file whose keys are object types, each
/// holding an array or a page (other keys, such as `meta`, are ignored). Unknown fields are ignored. Errors name the
/// file, the object (`netixlan[2]`: type and index) and the field.
public enum PeeringDBReader {
    /// The object types read, in the order they are read.
    public static let types = ["org", "net", "ix", "fac", "netixlan", "netfac"]

    /// The objects of `text`, the content of `file`, tagged with `dataset`.
    /// - Throws: `InputErrors` naming every bad object and field (up to 100).
    public static func read(_ text: String, file: String, dataset: Int64 = 0) throws(InputErrors) -> PeeringDBData {
        let top: JSONValue
        do {
            top = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            throw InputErrors([InputError(file: file, message: "not valid JSON: \(Self.reason(error))")])
        }
        guard case .object(let keys) = top else {
            throw InputErrors([
                InputError(file: file, message: "expected a JSON object (a PeeringDB API page or a file keyed by object type), found \(top.kind)")
            ])
        }
        var sections: [(type: String, objects: [JSONValue])] = []
        if let page = keys["data"] {
            guard case .array(let objects) = page else {
                throw InputErrors([InputError(file: file, field: "data", message: "expected an array of objects, found \(page.kind)")])
            }
            guard let type = Self.type(ofFile: file) ?? Self.type(inferredFrom: objects) else {
                throw InputErrors([
                    InputError(
                        file: file,
                        field: "data",
                        message:
                            "cannot tell the object type of this page: name the file after it (\(Self.types.map { "\($0).json" }.joined(separator: ", ")))"
                    )
                ])
            }
            sections.append((type, objects))
        } else {
            for type in Self.types {
                guard let value = keys[type] else { continue }
                guard let objects = Self.objects(in: value) else {
                    throw InputErrors([
                        InputError(file: file, field: type, message: "expected an array of objects or a {\"data\": [...]} page, found \(value.kind)")
                    ])
                }
                sections.append((type, objects))
            }
            guard !sections.isEmpty else {
                throw InputErrors([
                    InputError(
                        file: file,
                        message: "no PeeringDB objects: expected a {\"data\": [...]} page or the keys \(Self.types.joined(separator: ", "))"
                    )
                ])
            }
        }
        var builder = PeeringDBBuilder(file: file, dataset: dataset)
        for (type, objects) in sections {
            builder.add(type: type, objects: objects)
        }
        return try builder.finish()
    }

    /// The objects of an array, or of a `{"data": [...]}` page.
    static func objects(in value: JSONValue) -> [JSONValue]? {
        switch value {
        case .array(let objects): return objects
        case .object(let page):
            guard case .array(let objects) = page["data"] else { return nil }
            return objects
        default: return nil
        }
    }

    /// The first object type named in the file's name, e.g. `netixlan` in `peeringdb_netixlan.json`.
    static func type(ofFile file: String) -> String? {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        let tokens = name.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return tokens.first { Self.types.contains($0) }
    }

    /// The object type the fields of the first object show, where they tell it apart.
    static func type(inferredFrom objects: [JSONValue]) -> String? {
        guard case .object(let fields) = objects.first else { return nil }
        if fields["net_id"] != nil, fields["ix_id"] != nil || fields["ixlan_id"] != nil { return "netixlan" }
        if fields["net_id"] != nil, fields["fac_id"] != nil { return "netfac" }
        if fields["asn"] != nil, fields["net_id"] == nil { return "net" }
        return nil
    }

    private static func reason(_ error: any Error) -> String {
        guard case DecodingError.dataCorrupted(let context) = error else { return "\(error)" }
        let underlying = context.underlyingError.map { ": \($0)" } ?? ""
        return context.debugDescription + underlying
    }
}

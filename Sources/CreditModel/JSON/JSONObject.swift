/// A type of the report whose JSON object is described once: its `CodingKeys` name the keys
/// (synthesized from the stored properties, or declared `package` where other code names a
/// key), and ``encodeMembers(to:)`` lists the members, in byte order of their keys, each saying
/// whether its key is always there, `null` when nil, or left out when nil.
///
/// Its `Encodable` conformance and its fast writing (``JSONWriter``, for the report, the run
/// database and SARIF) both come from that list, so a member added there appears in every
/// JSON output at once; `Decodable`, where a type has it, is synthesized from the same
/// `CodingKeys`. Tests hold the list to the type's stored properties and to byte order, and
/// the writer's output to `JSONEncoder`'s.
///
/// ```swift
/// extension SkippedImage: JSONObject {
///     package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
///         try members.field(CodingKeys.evidence, ifPresent: evidence)
///         try members.field(CodingKeys.line, line)
///         try members.field(CodingKeys.reason, reason)
///         try members.field(CodingKeys.src, src)
///     }
/// }
/// ```
package protocol JSONObject: JSONWritable {
    /// Hands every member to `members`, in byte order of their keys.
    func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure)
}

extension JSONObject {
    /// Encodes the members ``encodeMembers(to:)`` lists.
    public func encode(to encoder: any Encoder) throws {
        var members = EncoderMembers(encoder)
        try encodeMembers(to: &members)
    }

    package func write(to writer: inout JSONWriter) {
        writer.beginObject()
        encodeMembers(to: &writer)
        writer.endObject()
    }
}

/// Where one field of a credit was read: the method, the element and its line.
///
/// A reviewer who doubts a reported author can go to the exact element; a tool can tell a
/// credit read from visible text from one taken from metadata. Part of the JSON contract
/// (`images[].credit.origins`).
public struct FieldOrigin: Sendable, Codable, Hashable {
    /// How the value was read.
    public enum Method: String, Sendable, Codable, CaseIterable, JSONWritable {
        /// Parsed out of the element's visible text.
        case text
        /// The `href` of a link inside the credit (licence deed, source page).
        case link
        /// An attribute of the image or its container (`data-credit`, `alt`, `title`).
        case attribute
        /// A schema.org `ImageObject` in a JSON-LD script.
        case jsonLD = "json-ld"
        /// schema.org microdata (`itemprop`) on the page's elements.
        case microdata
        /// RDFa / ccREL (`property="cc:attributionName"`, `rel="license"`).
        case rdfa
    }

    /// How the value was read.
    public var method: Method
    /// The element, written as a short selector (`figcaption.wp-caption-text`, `a[rel=license]`).
    public var element: String
    /// The 1-based line of the element.
    public var line: Int
    /// The attribute or metadata property that held the value (`data-credit`, `creditText`),
    /// when it was not the element's text.
    public var property: String?

    /// Creates an origin.
    public init(method: Method, element: String, line: Int, property: String? = nil) {
        self.method = method
        self.element = element
        self.line = line
        self.property = property
    }
}

/// The credit fields an origin can be reported for; the raw values are the JSON keys of
/// `credit.origins` and match the credit's own field names.
public enum CreditField: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// The credit span, and the caption around it.
    case text, caption
    /// The parts read from the span.
    case author, source, title, licenseText
    /// The links.
    case licenseURL, sourceURL
}

extension FieldOrigin: JSONObject {
    /// The member names, declared because the run database's reader names them too.
    package enum CodingKeys: String, CodingKey {
        case element, line, method, property
    }

    package func encodeMembers<Members: JSONMembers>(to members: inout Members) throws(Members.Failure) {
        try members.field(CodingKeys.element, element)
        try members.field(CodingKeys.line, line)
        try members.field(CodingKeys.method, method)
        try members.field(CodingKeys.property, ifPresent: property)
    }
}

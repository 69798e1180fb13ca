import CreditModel

/// The image's schema.org `ImageObject` (JSON-LD or microdata) or ccREL RDFa
/// (``StructuredData``), which readers do not see: the credit only when nothing visible
/// credits the image.
struct StructuredDataStrategy: AttributionStrategy {
    let profile = StrategyProfile(
        name: "structured-data", confidence: .hidden, reports: [.structuredData],
        evidence: "schema.org `ImageObject` (JSON-LD, microdata) or ccREL RDFa about the image")

    func fill(_ search: inout CreditSearch) {
        for position in search.openPositions {
            if let assembled = search.metadata[position]?.assembled() {
                search.give(assembled, to: position, by: self)
            }
        }
    }
}

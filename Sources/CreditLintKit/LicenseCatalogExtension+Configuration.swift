import CreditLicenses

extension LicenseCatalogExtension {
    /// The configuration's extra `licenses:` as a catalogue extension; nil when there are none.
    ///
    /// - Throws: ``CreditLintError/invalidValue(option:value:hint:)`` when a licence lacks an
    ///   id or has an unknown family.
    static func make(from extra: [Configuration.ExtraLicense]) throws -> LicenseCatalogExtension? {
        guard !extra.isEmpty else { return nil }
        guard let built = LicenseCatalogExtension(rows: extra.map(\.row)) else {
            throw CreditLintError.invalidValue(
                option: "licenses", value: extra.map(\.id).joined(separator: ", "),
                hint: "every licence needs an id and a known family")
        }
        return built
    }
}

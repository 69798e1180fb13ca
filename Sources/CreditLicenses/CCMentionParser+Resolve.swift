/// Turns a parsed reading into a catalogue answer.
extension CCMentionParser {
    /// The licence the reading names, `.ambiguous` for a family without a version, nil when
    /// the words do not amount to a licence statement.
    func resolve(_ reading: Reading) -> LicenseIdentification? {
        if reading.elements.isEmpty {
            if reading.publicDomainDedication { return .ambiguous(family: LicenseIdentification.dedicationFamily) }
            // "Creative Commons 4.0", "… license" or "CC-Lizenz" names the family; the
            // organisation's name in prose ("the Creative Commons movement") and a bare "CC" do not.
            if reading.strongAnchor
                && (reading.version != nil || reading.noise || reading.coversAll || reading.isStatement)
                || reading.anchor && reading.noise
            {
                return .ambiguous(family: LicenseIdentification.creativeCommonsFamily)
            }
            return nil
        }
        // Without an anchor, element words need corroboration, or "attribution" in prose fires.
        if !reading.anchor && !reading.standalone && reading.weakRun {
            guard reading.elements.count >= 2, reading.version != nil else { return nil }
        } else if !reading.anchor && !reading.standalone {
            guard reading.strongElements > 0,
                reading.version != nil || reading.elements.count >= 2 || reading.generic
            else { return nil }
        }
        let elementKey = CCUnit.key(reading.elements)
        guard let family = store.byElements[elementKey] else { return nil }
        let hinted = reading.generic || reading.jurisdiction != nil ? [] : hintedPorts(reading)

        guard let version = reading.version else {
            return resolveUnversioned(
                family, elements: reading.elements, jurisdiction: reading.jurisdiction, hinted: hinted)
        }
        if let found = lookup(reading.elements, version: version, reading: reading, hinted: hinted) {
            return .identified(found)
        }
        // From 2.0 on every licence requires attribution, so "NonCommercial-ShareAlike 4.0"
        // names BY-NC-SA 4.0; only 1.0 had licences without BY. One element word and a
        // number are too little to complete into a licence ("nicht kommerziell 2.0").
        if !reading.elements.contains("by"), version != "1.0", reading.anchor || reading.elements.count >= 2,
            let found = lookup(reading.elements.union(["by"]), version: version, reading: reading, hinted: hinted)
        {
            return .identified(found)
        }
        // No generic licence of this version: a single port is the only thing it can be
        // ("NonCommercial 2.0" only ever existed as the Japanese port).
        // Only without a language hint: German words for a licence that was never German are
        // prose, not the Japanese port.
        if reading.jurisdiction == nil && hinted.isEmpty && !reading.generic {
            let ports = family.filter { $0.version == version }
            if ports.count == 1, let only = ports.first { return .identified(only) }
        }
        return nil
    }

    /// The licence with these elements and version: in the port the text names, else a port
    /// its language suggests, else the generic licence.
    private func lookup(
        _ elements: Set<String>, version: String, reading: Reading, hinted: [String]
    ) -> LicenseDefinition? {
        func find(_ jurisdiction: String?) -> LicenseDefinition? {
            let found =
                store.byCCKey[
                    LicenseStore.ccKey(elements: elements, version: version, jurisdiction: jurisdiction)] ?? []
            // Where a unit exists in two spellings, the one written wins ("BY-ND-NC").
            let written = reading.order.joined(separator: "-")
            return found.first(where: { $0.unit == written }) ?? found.first
        }
        if let jurisdiction = reading.jurisdiction { return find(jurisdiction) ?? find(nil) }
        for port in hinted { if let found = find(port) { return found } }
        return find(nil)
    }

    /// A family named without a version is a licence only when the family has exactly one
    /// member ("CC0", "CC Sampling+"); otherwise it is ambiguous, never a guess.
    private func resolveUnversioned(
        _ family: [LicenseDefinition], elements: Set<String>, jurisdiction: String?, hinted: [String]
    ) -> LicenseIdentification {
        // "CC NC-SA" is the BY-NC-SA family of today, not the 1.0 licence without BY.
        if !elements.contains("by"), let withBY = store.byElements[CCUnit.key(elements.union(["by"]))],
            let unit = withBY.first?.unit
        {
            return .ambiguous(family: unit)
        }
        let candidates = family.filter { $0.jurisdiction == jurisdiction }
        if candidates.count == 1, let only = candidates.first { return .identified(only) }
        // A tool that only ever existed once, as a port ("CC-PDDC": the US certification).
        if family.count == 1, let only = family.first { return .identified(only) }
        return .ambiguous(family: family.first?.unit ?? LicenseIdentification.creativeCommonsFamily)
    }

    /// Ports suggested by the language of the element names: "Nevezd meg! – Ne add el! 2.5" is
    /// the Hungarian port, not the generic licence in Hungarian. English never hints, and mixed
    /// languages (an English name with a Russian gloss) give no hint.
    private func hintedPorts(_ reading: Reading) -> [String] {
        guard var common = reading.languages.first else { return [] }
        for languages in reading.languages.dropFirst() { common.formIntersection(languages) }
        guard !common.isEmpty, !common.contains("en") else { return [] }
        return common.sorted().flatMap { vocabulary.languagePorts[$0] ?? [] }
    }
}

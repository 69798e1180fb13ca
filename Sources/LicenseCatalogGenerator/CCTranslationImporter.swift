import Foundation

/// Extracts the licence names Creative Commons translates into `Licenses/cc-translations.tsv`.
///
/// Creative Commons' `cc-legal-tools-app` kept its translations as gettext files: the deed
/// templates' strings in `locale/<language>/LC_MESSAGES/django.po` (unit names such as
/// "Attribution-ShareAlike", "Public Domain Mark", country names) and the 4.0 legal code's
/// titles in `locale.licenses/<language>/LC_MESSAGES/by_4.0.po`. This reads a checkout of those
/// two folders and keeps only the names that identify a licence in text; what each name means
/// is known from its English msgid, so no translation is typed by hand.
///
/// Run through `Scripts/import-cc-translations.sh`, which exports the folders from a clone of
/// the repository at the recorded commits; the repository never needs the clone to build.
public enum CCTranslationImporter {
    /// The file written under `Licenses/`.
    public static let fileName = "cc-translations.tsv"

    /// Where the translations came from, recorded in the file's header.
    public struct Source: Sendable {
        /// The repository (`creativecommons/cc-legal-tools-app`).
        public var repository: String
        /// The commit the deed translations (`locale/`) were read at.
        public var deedsCommit: String
        /// The commit the legal code titles (`locale.licenses/`) were read at.
        public var legalCodeCommit: String

        /// Creates a source description.
        public init(repository: String, deedsCommit: String, legalCodeCommit: String) {
            self.repository = repository
            self.deedsCommit = deedsCommit
            self.legalCodeCommit = legalCodeCommit
        }
    }

    /// One extracted name.
    public struct Row: Sendable, Hashable {
        /// The language, normalised (`de`, `zh-hant`).
        public var language: String
        /// What the name means (see `Licenses/README.md`): a unit such as `by-sa`, `anchor`,
        /// `generic`, `noise`, `pdd`, `public-domain` or `port:<code>`.
        public var meaning: String
        /// The msgid it translates.
        public var msgid: String
        /// The translated name, or the part of it that names `meaning`.
        public var phrase: String
    }

    /// The deed strings read, with what they mean: the unit names of the app's
    /// `LICENSE_NAME_MAP` and `CHARACTERISTIC_TITLE_MAP`, the 4.0 deed's "NoDerivatives", and
    /// the names of the organisation and of the public-domain tools.
    static let deedNames: [(msgid: String, meaning: String)] = [
        ("Attribution", "by"), ("Attribution-NonCommercial", "by-nc"),
        ("Attribution-NonCommercial-NoDerivs", "by-nc-nd"), ("Attribution-NonCommercial-ShareAlike", "by-nc-sa"),
        ("Attribution-NoDerivs", "by-nd"), ("Attribution-NoDerivs-NonCommercial", "by-nd-nc"),
        ("Attribution-ShareAlike", "by-sa"), ("NonCommercial", "nc"), ("NonCommercial-ShareAlike", "nc-sa"),
        ("NonCommercial Sampling Plus", "nc-sampling+"), ("NoDerivs", "nd"), ("NoDerivs-NonCommercial", "nd-nc"),
        ("ShareAlike", "sa"), ("Sampling", "sampling"), ("Sampling Plus", "sampling+"),
        ("Noncommercial", "nc"), ("No Derivative Works", "nd"), ("Share Alike", "sa"), ("NoDerivatives", "nd"),
        ("Public Domain Mark", "mark"), ("Public Domain Dedication", "pdd"), ("Public Domain", "public-domain"),
        ("Creative Commons", "anchor"),
    ]

    /// Reads the translations under `checkout` (holding `locale/` and `locale.licenses/`).
    ///
    /// - Parameters:
    ///   - checkout: The folder the two translation folders were exported to.
    ///   - countries: English country names of the ports → port code ("Germany" → `de`).
    /// - Returns: The rows, sorted and without duplicates.
    public static func rows(checkout: URL, countries: [String: String]) throws -> [Row] {
        var named: [Row] = []
        for (language, file) in try poFiles(in: checkout.appendingPathComponent("locale"), named: "django.po") {
            named += deedRows(language: language, file: file, countries: countries)
        }
        let legalCode = try poFiles(in: checkout.appendingPathComponent("locale.licenses"), named: "by_4.0.po")
        for (language, file) in legalCode {
            named += legalCodeRows(language: language, file: file)
        }
        named.sort { ($0.msgid, $0.phrase) < ($1.msgid, $1.phrase) }
        // The English name of each single element, to tell a translation from a copy.
        var english: [String: String] = [:]
        for (msgid, meaning) in deedNames where english[meaning] == nil { english[meaning] = msgid }
        var rows: [Row] = []
        for language in Set(named.map(\.language)) {
            rows += TranslatedName.splitUnits(named.filter { $0.language == language }, english: english)
        }
        return rows.sorted {
            ($0.language, $0.meaning, $0.msgid, $0.phrase) < ($1.language, $1.meaning, $1.msgid, $1.phrase)
        }
    }

    /// The names of one deed translation.
    static func deedRows(language: String, file: POFile, countries: [String: String]) -> [Row] {
        let language = normalizedLanguage(language)
        guard language != "en" else { return [] }
        var rows: [Row] = []
        for (msgid, meaning) in deedNames {
            guard let translated = file.messages[msgid] else { continue }
            for phrase in TranslatedName.variants(of: translated, english: msgid) {
                rows.append(Row(language: language, meaning: meaning, msgid: msgid, phrase: phrase))
            }
        }
        // "Public Domain" is kept only as the term of art: where the language's name for the
        // Mark or the Dedication is built on it ("Marque du Domaine Public"). Some deeds
        // translate it with everyday words ("i det fri", outdoors) that would claim too much.
        let tools = rows.filter { $0.meaning == "mark" || $0.meaning == "pdd" }.map { TranslatedName.key($0.phrase) }
        rows.removeAll { row in
            row.meaning == "public-domain" && !tools.contains { $0.contains(TranslatedName.key(row.phrase)) }
        }
        for (name, code) in countries {
            guard let translated = file.messages[name] else { continue }
            for phrase in TranslatedName.variants(of: translated, english: name) {
                rows.append(Row(language: language, meaning: "port:\(code)", msgid: name, phrase: phrase))
            }
        }
        return rows
    }

    /// The 4.0 legal code titles of one language: "<unit names> 4.0 <International>", and the
    /// long title around it ("Creative Commons <medium title> Public License").
    static func legalCodeRows(language: String, file: POFile) -> [Row] {
        let language = normalizedLanguage(language)
        guard language != "en" else { return [] }
        var rows: [Row] = []
        for (msgid, medium) in file.messages where msgid.hasPrefix("license_medium.") {
            let unit = String(msgid.dropFirst("license_medium.".count))
            let title = TranslatedName.collapse(medium)
            guard let version = title.range(of: " 4.0") else { continue }
            var units = String(title[..<version.lowerBound])
            if units.hasPrefix("Creative Commons ") { units.removeFirst("Creative Commons ".count) }
            let generic = title[version.upperBound...].trimmingCharacters(in: .whitespaces)
            let english = deedNames.first { $0.meaning == unit }?.msgid ?? unit
            for phrase in TranslatedName.variants(of: units, english: english) {
                rows.append(Row(language: language, meaning: unit, msgid: msgid, phrase: phrase))
            }
            for phrase in TranslatedName.variants(of: generic, english: "International") {
                rows.append(Row(language: language, meaning: "generic", msgid: msgid, phrase: phrase))
            }
            let longID = "license_long.\(unit)"
            guard let long = file.messages[longID].map(TranslatedName.collapse), let inside = long.range(of: title)
            else { continue }
            let anchor = long[..<inside.lowerBound].trimmingCharacters(in: .whitespaces)
            let noise = long[inside.upperBound...].trimmingCharacters(in: .whitespaces)
            for phrase in TranslatedName.variants(of: anchor, english: "Creative Commons") {
                rows.append(Row(language: language, meaning: "anchor", msgid: longID, phrase: phrase))
            }
            for phrase in TranslatedName.variants(of: noise, english: "Public License") {
                rows.append(Row(language: language, meaning: "noise", msgid: longID, phrase: phrase))
            }
        }
        return rows
    }

    /// The `.po` files of every language folder under `folder`, by folder name.
    static func poFiles(in folder: URL, named name: String) throws -> [(String, POFile)] {
        let languages = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return languages.compactMap { language in
            let path = folder.appendingPathComponent(language).appendingPathComponent("LC_MESSAGES/\(name)")
            guard let text = try? String(contentsOf: path, encoding: .utf8) else { return nil }
            return (language, POFile(text: text))
        }
    }

    /// `de_AT` → `de`, `zh_TW` → `zh-hant`, `sr@latin` → `sr`: the language, which is what
    /// suggests a port, without the region.
    static func normalizedLanguage(_ code: String) -> String {
        let lowered = code.lowercased()
        if lowered.hasPrefix("zh") {
            return ["zh_tw", "zh_hk", "zh_hant"].contains(lowered) ? "zh-hant" : "zh-hans"
        }
        return String(lowered.prefix { $0 != "_" && $0 != "@" && $0 != "-" })
    }

    /// Reads the translations under `checkout` and writes `Licenses/cc-translations.tsv` under
    /// `repositoryRoot`; the port names are taken from `Licenses/cc-tools.tsv` there.
    ///
    /// - Returns: The path written and the number of rows.
    @discardableResult
    public static func write(checkout: URL, repositoryRoot: URL, source: Source) throws -> (URL, Int) {
        let licenses = repositoryRoot.appendingPathComponent(LicenseCatalogGenerator.licensesPath)
        let tools = try String(contentsOf: licenses.appendingPathComponent("cc-tools.tsv"), encoding: .utf8)
        let found = try rows(checkout: checkout, countries: countries(ccTools: tools))
        let target = licenses.appendingPathComponent(fileName)
        try render(found, source: source).write(to: target, atomically: true, encoding: .utf8)
        return (target, found.count)
    }

    /// English country name → port code, from the titles of `cc-tools.tsv`
    /// ("Attribution 3.0 Germany" with version 3.0 and port `de` → "Germany": `de`).
    static func countries(ccTools text: String) -> [String: String] {
        var lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        guard !lines.isEmpty else { return [:] }
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard let title = header.firstIndex(of: "title_en"), let version = header.firstIndex(of: "version"),
            let port = header.firstIndex(of: "jurisdiction")
        else { return [:] }
        var names: [String: String] = [:]
        for line in lines {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count == header.count, !cells[port].isEmpty,
                let range = cells[title].range(of: " \(cells[version]) ")
            else { continue }
            let name = cells[title][range.upperBound...].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty, names[name] == nil { names[name] = cells[port].lowercased() }
        }
        return names
    }

    /// The data file: a header naming the source, then one row per name.
    public static func render(_ rows: [Row], source: Source) -> String {
        var out = """
            # Licence names as Creative Commons translates them. GENERATED by
            # Scripts/import-cc-translations.sh (generate-license-catalog import-cc-translations); do not edit.
            # Source: https://github.com/\(source.repository) (MIT licence, Copyright 2018 Creative Commons;
            # translations contributed through Transifex), only the names below:
            #   locale/<language>/LC_MESSAGES/django.po at \(source.deedsCommit)
            #   locale.licenses/<language>/LC_MESSAGES/by_4.0.po at \(source.legalCodeCommit)
            # Columns: language, meaning, msgid, phrase (the msgstr, or the part of it naming `meaning`).
            language\tmeaning\tmsgid\tphrase

            """
        for row in rows {
            out += "\(row.language)\t\(row.meaning)\t\(row.msgid)\t\(row.phrase)\n"
        }
        return out
    }
}

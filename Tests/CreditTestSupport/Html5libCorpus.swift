import Foundation

/// The committed html5lib-tests inputs (`Tests/Data/html5lib-tests/`), turned into page bytes.
public enum Html5libCorpus {
    static let folder = TestFiles.html5libTests

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Every tokenizer test's `input` (from `tests` and `xmlViolationTests`), keyed by a file
    /// name. Strings are kept as UTF-16 code units, because some inputs are lone surrogates,
    /// which a Swift `String` cannot hold; they are written as the three bytes a careless
    /// encoder would produce (invalid UTF-8, which is the point).
    public static func tokenizerInputs() throws -> [(name: String, bytes: [UInt8])] {
        let tokenizer = folder.appendingPathComponent("tokenizer")
        let files = try FileManager.default.contentsOfDirectory(atPath: tokenizer.path)
            .filter { $0.hasSuffix(".test") }.sorted()
        var inputs: [(String, [UInt8])] = []
        for file in files {
            let data = try Data(contentsOf: tokenizer.appendingPathComponent(file))
            var reader = JSONReader(bytes: Array(data))
            guard case .object(let top) = try reader.value() else {
                throw Failure(description: "\(file): not an object")
            }
            for (key, list) in top where key == "tests" || key == "xmlViolationTests" {
                guard case .array(let tests) = list else { continue }
                for (index, test) in tests.enumerated() {
                    guard case .object(let fields) = test,
                        case .string(var input)? = fields.first(where: { $0.0 == "input" })?.1
                    else { throw Failure(description: "\(file) #\(index): no input") }
                    if case .bool(true)? = fields.first(where: { $0.0 == "doubleEscaped" })?.1 {
                        input = unescapingUnicode(input)
                    }
                    let stem = file.replacingOccurrences(of: ".test", with: "")
                    inputs.append(("\(stem)-\(key == "tests" ? "" : "xml-")\(index).html", wtf8(input)))
                }
            }
        }
        return inputs
    }

    /// The encoding-sniffing cases of `encoding/*.dat`: the page's bytes and the charset a
    /// browser picks for it.
    public static func encodingCases() throws -> [(name: String, bytes: [UInt8], expected: String)] {
        let encoding = folder.appendingPathComponent("encoding")
        let files = try FileManager.default.contentsOfDirectory(atPath: encoding.path)
            .filter { $0.hasSuffix(".dat") }.sorted()
        var cases: [(String, [UInt8], String)] = []
        for file in files {
            let bytes = Array(try Data(contentsOf: encoding.appendingPathComponent(file)))
            let dataMarker = Array("#data\n".utf8)
            let encodingMarker = Array("\n#encoding\n".utf8)
            var position = 0
            while let start = find(dataMarker, in: bytes, from: position) {
                let body = start + dataMarker.count
                guard let end = find(encodingMarker, in: bytes, from: body) else { break }
                let nameStart = end + encodingMarker.count
                let nameEnd = bytes[nameStart...].firstIndex(of: 0x0A) ?? bytes.count
                let expected = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
                cases.append(("\(file)-\(cases.count).html", Array(bytes[body..<end]), expected.lowercased()))
                position = nameEnd
            }
        }
        return cases
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, start <= bytes.count - pattern.count else { return nil }
        for index in start...(bytes.count - pattern.count)
        where bytes[index] == pattern[0] && bytes[index..<index + pattern.count].elementsEqual(pattern) {
            return index
        }
        return nil
    }

    /// Replaces each `\uXXXX` left in a `doubleEscaped` input by the code unit it names.
    static func unescapingUnicode(_ units: [UInt16]) -> [UInt16] {
        var result: [UInt16] = []
        var index = 0
        while index < units.count {
            if units[index] == 0x5C, index + 5 < units.count, units[index + 1] == 0x75,
                let value = UInt16(String(decoding: units[index + 2..<index + 6], as: UTF16.self), radix: 16)
            {
                result.append(value)
                index += 6
            } else {
                result.append(units[index])
                index += 1
            }
        }
        return result
    }

    /// UTF-16 code units to bytes: UTF-8, except that a lone surrogate gets its own 3 bytes.
    static func wtf8(_ units: [UInt16]) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = 0
        while index < units.count {
            var scalar = UInt32(units[index])
            if (0xD800...0xDBFF).contains(units[index]), index + 1 < units.count,
                (0xDC00...0xDFFF).contains(units[index + 1])
            {
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (UInt32(units[index + 1]) - 0xDC00)
                index += 1
            }
            index += 1
            switch scalar {
            case ..<0x80: bytes.append(UInt8(scalar))
            case ..<0x800: bytes += [UInt8(0xC0 | scalar >> 6), UInt8(0x80 | scalar & 0x3F)]
            case ..<0x10000:
                bytes += [UInt8(0xE0 | scalar >> 12), UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F)]
            default:
                bytes += [
                    UInt8(0xF0 | scalar >> 18), UInt8(0x80 | scalar >> 12 & 0x3F),
                    UInt8(0x80 | scalar >> 6 & 0x3F), UInt8(0x80 | scalar & 0x3F),
                ]
            }
        }
        return bytes
    }
}

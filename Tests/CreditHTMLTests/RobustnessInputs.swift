import CreditTestSupport
import Foundation

/// Page bytes from the committed html5lib-tests inputs: every tokenizer test's `input` and
/// every encoding test's `#data`.
enum RobustnessInputs {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let folder = TestFiles.html5libTests

    static func html5lib() throws -> [(name: String, bytes: [UInt8])] {
        var inputs: [(String, [UInt8])] = []
        for (subfolder, suffix) in [("tokenizer", ".test"), ("encoding", ".dat"), ("encoding/scripted", ".dat")] {
            let directory = folder.appendingPathComponent(subfolder)
            let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(suffix) }.sorted()
            for file in files {
                let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(file)))
                let found = suffix == ".test" ? jsonInputs(bytes) : datInputs(bytes)
                for (index, input) in found.enumerated() { inputs.append(("\(file) #\(index)", input)) }
            }
        }
        return inputs
    }

    /// The `"input"` strings of a tokenizer file, JSON escapes decoded; `\uXXXX` code units
    /// are kept as UTF-16 so that lone surrogates survive as the three bytes a careless encoder
    /// writes. Inputs marked `doubleEscaped` keep their inner `\uXXXX` as text: still HTML.
    static func jsonInputs(_ bytes: [UInt8]) -> [[UInt8]] {
        let key = Array("\"input\"".utf8)
        var results: [[UInt8]] = []
        var position = 0
        while let found = find(key, in: bytes, from: position) {
            var index = found + key.count
            while index < bytes.count, bytes[index] != 0x22 { index += 1 }  // the opening quote
            index += 1
            var units: [UInt16] = []
            var pendingUTF8: [UInt8] = []
            func flush() {
                units += Array(String(decoding: pendingUTF8, as: UTF8.self).utf16)
                pendingUTF8 = []
            }
            while index < bytes.count, bytes[index] != 0x22 {
                guard bytes[index] == 0x5C, index + 1 < bytes.count else {
                    pendingUTF8.append(bytes[index])
                    index += 1
                    continue
                }
                flush()
                let escaped = bytes[index + 1]
                index += 2
                switch escaped {
                case 0x6E: units.append(0x0A)
                case 0x74: units.append(0x09)
                case 0x72: units.append(0x0D)
                case 0x62: units.append(0x08)
                case 0x66: units.append(0x0C)
                case 0x75:
                    let hex = String(decoding: bytes[index..<min(index + 4, bytes.count)], as: UTF8.self)
                    units.append(UInt16(hex, radix: 16) ?? 0x3F)
                    index += 4
                default: units.append(UInt16(escaped))
                }
            }
            flush()
            results.append(wtf8(units))
            position = index + 1
        }
        return results
    }

    /// The `#data` sections of an encoding `.dat` file.
    static func datInputs(_ bytes: [UInt8]) -> [[UInt8]] {
        let dataMarker = Array("#data\n".utf8)
        let encodingMarker = Array("\n#encoding\n".utf8)
        var results: [[UInt8]] = []
        var position = 0
        while let start = find(dataMarker, in: bytes, from: position) {
            let body = start + dataMarker.count
            guard let end = find(encodingMarker, in: bytes, from: body) else { break }
            results.append(Array(bytes[body..<end]))
            position = end + encodingMarker.count
        }
        return results
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start + pattern.count <= bytes.count else { return nil }
        for index in start...(bytes.count - pattern.count)
        where bytes[index] == pattern[0] && bytes[index..<index + pattern.count].elementsEqual(pattern) {
            return index
        }
        return nil
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

import CreditLicenses
import Foundation
import Testing

@testable import CreditReporting

@Suite("Report bytes: the sink and the UTF-8 check")
struct ReportSinkTests {
    @Test("the sink hands on everything written, in order, in chunks that each hold whole characters")
    func chunks() throws {
        var chunks: [[UInt8]] = []
        let sink = ReportSink(deliver: { chunks.append(Array($0)) })
        var expected: [UInt8] = []
        // Pieces of every size up to past a chunk, with characters of every UTF-8 length.
        for round in 0..<400 {
            let piece = String(repeating: "aé☕😀"[round % 4], count: (round * 37) % 900 + 1)
            expected += Array(piece.utf8)
            if round.isMultiple(of: 2) {
                try sink.write(piece)
            } else {
                try Array(piece.utf8).withUnsafeBytes { try sink.write(bytes: $0) }
            }
        }
        #expect(chunks.count > 1)
        try sink.finish()
        #expect(chunks.joined().elementsEqual(expected))
        for chunk in chunks {
            #expect(String(validating: chunk, as: UTF8.self) != nil)
            #expect(chunk.count < (1 << 16) + 4000)
        }
    }

    @Test("a sink that nothing was written to hands on nothing")
    func empty() throws {
        var calls = 0
        let sink = ReportSink(deliver: { _ in calls += 1 })
        try sink.finish()
        #expect(calls == 0)
    }

    /// Byte sequences at and around every edge of well-formed UTF-8.
    static let sequences: [[UInt8]] = [
        [], [0x00], [0x7F], [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2, 0x80], [0xDF, 0xBF],
        [0xE0, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xEC, 0xBF, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
        [0xEE, 0x80, 0x80], [0xEF, 0xBF, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80],
        [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0xFF], [0xC2], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC2, 0x41], [0xE2, 0x41, 0xAC], [0xF0, 0x9F, 0x41, 0x80],
    ]

    @Test("the UTF-8 check agrees with the standard library on every edge, alone and amid ASCII words")
    func utf8Edges() {
        let ascii = Array("0123456789abcdef".utf8)
        for sequence in Self.sequences {
            for before in [0, 3, 8, 13] {
                for after in [0, 1, 7, 9] {
                    let bytes = Array(ascii.prefix(before)) + sequence + Array(ascii.prefix(after))
                    let expected = String(validating: bytes, as: UTF8.self) != nil
                    #expect(bytes.withUnsafeBytes { UTF8Validity.isValid($0) } == expected, "\(bytes)")
                }
            }
        }
    }

    @Test("the UTF-8 check agrees with the standard library on random bytes")
    func utf8Random() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let count = Int.random(in: 0..<40, using: &generator)
            // Mostly ASCII, as report text is, with now and then a byte of any value.
            let bytes = (0..<count).map { _ in
                Int.random(in: 0..<6, using: &generator) == 0
                    ? UInt8.random(in: 0x80...0xFF, using: &generator)
                    : UInt8.random(in: 0x20...0x7E, using: &generator)
            }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBytes { UTF8Validity.isValid($0) } == expected, "\(bytes)")
        }
    }
}

extension String {
    fileprivate subscript(_ offset: Int) -> Character { self[index(startIndex, offsetBy: offset)] }
}

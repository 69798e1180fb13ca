import CreditTestSupport
import Testing

/// One example page of the README's rule examples: the text a reader sees, and what a scan of
/// it must report.
struct ReadmeRuleExample: Sendable, CustomTestStringConvertible {
    /// The rule the example documents.
    var rule: String
    /// The rules the page is reported under: the rule and those named with it, or none.
    var expected: Set<String>
    /// The words after the label.
    var summary: String
    /// The page, as written in the README.
    var page: String
    /// The `.creditlint.yml` shown for the rule's examples, if any.
    var configuration: String?
    /// Image files beside the page: the name the page uses, and the repository file copied there.
    var images: [(name: String, file: String)] = []

    /// The example's pages by path: `page.html` for a page, or for an example about several
    /// pages of a site, each page after its `<!-- file: PATH -->` line.
    var pages: [String: String] {
        guard page.hasPrefix(Self.fileMarker) else { return ["page.html": page] }
        var pages: [String: String] = [:]
        var current = ""
        for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix(Self.fileMarker), line.hasSuffix(" -->") {
                current = String(line.dropFirst(Self.fileMarker.count).dropLast(" -->".count))
            } else if !current.isEmpty {
                pages[current, default: ""] += line + "\n"
            }
        }
        return pages
    }

    private static let fileMarker = "<!-- file: "

    var testDescription: String { "\(rule), \(expected.isEmpty ? "not reported" : "reported"): \(summary)" }
}

/// Reads the README's rule examples (between `<!-- rule-examples` and
/// `<!-- end rule-examples -->`), which are laid out for readers:
///
/// - a `<details><summary><code>rule-id</code></summary>` block per rule, in registry order;
/// - in it, optionally ``With this `.creditlint.yml`:`` and a fenced block for every example
///   of the rule, and ``With `name.jpg` beside the page, a copy of `Tests/…/file.jpg` …`` for
///   an image file the pages show;
/// - ``Reported: …`` (or ``Reported, with `other-rule`: …``) and ``Not reported: …``, each
///   followed by the fenced page.
enum ReadmeRuleExamples {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    /// What the next fenced block is.
    private enum Pending {
        case configuration
        case page(expected: Set<String>, summary: String)
    }

    /// The rule of each block in the README's order, and every example.
    static func read() throws -> (rules: [String], examples: [ReadmeRuleExample]) {
        var rules: [String] = []
        var examples: [ReadmeRuleExample] = []
        var configuration: String?
        var images: [(name: String, file: String)] = []
        var pending: Pending?
        var fence: [Substring]?
        for line in try Readme.marked("rule-examples") {
            if var body = fence {
                guard line == "```" else {
                    body.append(line)
                    fence = body
                    continue
                }
                let text = body.joined(separator: "\n") + "\n"
                switch pending {
                case .configuration: configuration = text
                case .page(let expected, let summary):
                    guard let rule = rules.last else { throw Malformed(description: "a page before any rule") }
                    examples.append(
                        ReadmeRuleExample(
                            rule: rule, expected: expected, summary: summary, page: text, configuration: configuration,
                            images: images))
                case nil: throw Malformed(description: "a fenced block without a label before it")
                }
                (fence, pending) = (nil, nil)
            } else if let match = line.wholeMatch(of: /<details><summary><code>([a-z-]+)<\/code><\/summary>/) {
                rules.append(String(match.1))
                configuration = nil
                images = []
            } else if line.hasPrefix("```") {
                fence = []
            } else if let match = line.wholeMatch(of: /With `([^`]+)` beside the page, a copy of `([^`]+)`.*/) {
                images.append((String(match.1), String(match.2)))
            } else if line.hasPrefix("With this `.creditlint.yml`") {
                pending = .configuration
            } else if let match = line.wholeMatch(of: /(Reported|Not reported)([^:]*): (.+)/) {
                let others = match.2.matches(of: /`([a-z-]+)`/).map { String($0.1) }
                let rule = rules.last ?? ""
                pending = .page(
                    expected: match.1 == "Reported" ? Set([rule] + others) : [], summary: String(match.3))
            }
        }
        if fence != nil { throw Malformed(description: "a fenced block that is not closed") }
        return (rules, examples)
    }
}

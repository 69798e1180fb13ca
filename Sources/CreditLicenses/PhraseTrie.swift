/// A character trie over folded phrases, matched against token sequences.
///
/// Built once from the vocabulary; a lookup walks the scalars of consecutive tokens and reports
/// every phrase that ends exactly on a token boundary. This is what makes per-caption matching
/// cheap: no regular expressions, no per-phrase loops.
struct PhraseTrie<Payload: Sendable>: Sendable {
    private struct Node: Sendable {
        /// Child scalars and their nodes, searched in a line: past the root a node has a
        /// handful of children, fewer than it takes to hash a scalar.
        var keys: [Unicode.Scalar] = []
        var children: [Int] = []
        var payloads: [Payload] = []

        func child(_ scalar: Unicode.Scalar) -> Int? {
            keys.firstIndex(of: scalar).map { children[$0] }
        }
    }

    private var nodes: [Node] = [Node()]
    /// The root's children by ASCII scalar (-1 for none): every token starts at the root.
    private var rootASCII = [Int](repeating: -1, count: 128)

    private func child(of node: Int, _ scalar: Unicode.Scalar) -> Int? {
        if node == 0 && scalar.isASCII {
            let child = rootASCII[Int(scalar.value)]
            return child >= 0 ? child : nil
        }
        return nodes[node].child(scalar)
    }

    /// The longest phrase in tokens, bounding how far a walk can go.
    private(set) var maxTokens = 0

    /// Adds a phrase (folded and tokenised like the texts it will be matched against).
    mutating func insert(_ phrase: String, payload: Payload) {
        insert(tokens: TextFolding.tokenize(phrase), payload: payload)
    }

    /// Adds a phrase already tokenised by ``TextFolding/tokenize(_:range:)``.
    mutating func insert(tokens: [TextToken], payload: Payload) {
        guard !tokens.isEmpty else { return }
        maxTokens = max(maxTokens, tokens.count)
        var node = 0
        for scalar in tokens.flatMap(\.scalars) {
            if let child = child(of: node, scalar) {
                node = child
            } else {
                nodes.append(Node())
                nodes[node].keys.append(scalar)
                nodes[node].children.append(nodes.count - 1)
                if node == 0 && scalar.isASCII { rootASCII[Int(scalar.value)] = nodes.count - 1 }
                node = nodes.count - 1
            }
        }
        nodes[node].payloads.append(payload)
    }

    /// Every phrase starting at token `start`: (index of its last token, payloads), shortest
    /// first. Phrases never cross a segment start (a URL in between).
    func matches(in tokens: [TextToken], at start: Int) -> [(end: Int, payloads: [Payload])] {
        var found: [(end: Int, payloads: [Payload])] = []
        var node = 0
        var index = start
        // A phrase of n tokens can be spread over more text tokens ("share alike" vs
        // "sharealike"), so allow some slack beyond the longest phrase.
        let limit = min(tokens.count, start + maxTokens * 3 + 2)
        while index < limit {
            if index > start && tokens[index].segmentStart { break }
            for scalar in tokens[index].scalars {
                guard let child = child(of: node, scalar) else { return found }
                node = child
            }
            if !nodes[node].payloads.isEmpty { found.append((index, nodes[node].payloads)) }
            index += 1
        }
        return found
    }
}

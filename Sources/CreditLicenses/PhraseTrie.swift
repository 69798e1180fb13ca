/// A character trie over folded phrases, matched against token sequences.
///
/// Built once from the vocabulary; a lookup walks the scalars of consecutive tokens and reports
/// every phrase that ends exactly on a token boundary. This is what makes per-caption matching
/// cheap: no regular expressions, no per-phrase loops.
struct PhraseTrie<Payload: Sendable>: Sendable {
    /// The nodes in flat arrays indexed by node (0 is the root): each node is the scalar that
    /// leads to it, its first child and its next sibling. A node costs no allocation of its
    /// own, so the vocabulary's thousands of nodes are built quickly when a process starts.
    /// Past the root a node has a handful of children, fewer than it takes to hash a scalar,
    /// so a sibling list is searched in a line.
    private var scalars: [Unicode.Scalar] = ["\0"]
    private var firstChild: [Int32] = [-1]
    private var nextSibling: [Int32] = [-1]
    /// The index in `payloadLists` of the phrases that end at a node, -1 for none.
    private var payloadList: [Int32] = [-1]
    private var payloadLists: [[Payload]] = []
    /// The root's children by ASCII scalar (-1 for none): every token starts at the root.
    private var rootASCII = [Int32](repeating: -1, count: 128)

    private func child(of node: Int, _ scalar: Unicode.Scalar) -> Int? {
        if node == 0 && scalar.isASCII {
            let child = rootASCII[Int(scalar.value)]
            return child >= 0 ? Int(child) : nil
        }
        var child = firstChild[node]
        while child >= 0 {
            if scalars[Int(child)] == scalar { return Int(child) }
            child = nextSibling[Int(child)]
        }
        return nil
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
        for token in tokens {
            for scalar in token.scalars {
                node = child(of: node, scalar) ?? addChild(to: node, scalar)
            }
        }
        if payloadList[node] < 0 {
            payloadList[node] = Int32(payloadLists.count)
            payloadLists.append([payload])
        } else {
            payloadLists[Int(payloadList[node])].append(payload)
        }
    }

    /// Adds a node for `scalar` below `parent` and returns it; siblings are kept in the order
    /// they were added.
    private mutating func addChild(to parent: Int, _ scalar: Unicode.Scalar) -> Int {
        let node = Int32(scalars.count)
        scalars.append(scalar)
        firstChild.append(-1)
        nextSibling.append(-1)
        payloadList.append(-1)
        if parent == 0 && scalar.isASCII {
            rootASCII[Int(scalar.value)] = node
        } else if firstChild[parent] < 0 {
            firstChild[parent] = node
        } else {
            var last = Int(firstChild[parent])
            while nextSibling[last] >= 0 { last = Int(nextSibling[last]) }
            nextSibling[last] = node
        }
        return Int(node)
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
            if payloadList[node] >= 0 { found.append((index, payloadLists[Int(payloadList[node])])) }
            index += 1
        }
        return found
    }
}

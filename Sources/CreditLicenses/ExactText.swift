/// A text as a key that is equal to another only byte for byte.
///
/// `String`'s own equality takes canonically equivalent texts ("é" and "e" with a combining
/// accent) for one; a ``SharedMemo`` of answers that quote the text back (a credit's span, its
/// author) must keep the page's own bytes.
package struct ExactText: Hashable, Sendable {
    package let text: String

    package init(_ text: String) {
        self.text = text
    }

    package static func == (left: ExactText, right: ExactText) -> Bool {
        left.text.utf8.elementsEqual(right.text.utf8)
    }

    package func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

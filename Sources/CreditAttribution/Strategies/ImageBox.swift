import CreditScanner

/// A content image and the elements around it that belong to it alone.
struct ImageBox {
    /// The image element.
    let image: Int
    /// The image's box: the ancestors that hold it and no other content image, nearest first
    /// (see ``CreditLocator/box(of:)``).
    let levels: [Int]
    /// The captions and credit elements inside the box.
    let parts: BoxParts

    /// The box's top element: the image itself when it has no box.
    var top: Int { levels.last ?? image }

    init(image: Int, locator: CreditLocator) {
        self.image = image
        levels = locator.box(of: image)
        parts = BoxParts(document: locator.document, top: levels.last ?? image, image: image)
    }
}

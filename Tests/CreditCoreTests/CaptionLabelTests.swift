import CreditCore
import CreditTestSupport
import Testing

/// Credits written the way sites in several languages write them, each inside a caption that
/// also describes the picture: the credit span must come out alone, with its name read
/// without the label and the caption kept apart.
@Suite("Credit labels in many languages")
struct CaptionLabelTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var caption: String
        var credit: String
        var author: String?
        var source: String?
        var testDescription: String { caption }
    }

    static let cases: [Case] = [
        Case(
            caption: "The harbour at dawn. Crédit photo : Marie Dupont", credit: "Crédit photo : Marie Dupont",
            author: "Marie Dupont"),
        Case(
            caption: "Vista del puerto. Fotografía: Juan Pérez", credit: "Fotografía: Juan Pérez", author: "Juan Pérez"),
        Case(
            caption: "Widok portu. Źródło: Wikimedia Commons", credit: "Źródło: Wikimedia Commons",
            source: "Wikimedia Commons"),
        Case(caption: "Pohled na přístav. Zdroj: ČTK", credit: "Zdroj: ČTK"),
        Case(caption: "港の風景。写真：山田太郎", credit: "写真：山田太郎", author: "山田太郎"),
        Case(
            caption: "Two ministers side by side. Composite: Studio Design Desk",
            credit: "Composite: Studio Design Desk", author: "Studio Design Desk"),
        Case(
            caption: "The first prototype. Courtesy of the City Museum", credit: "Courtesy of the City Museum",
            source: "the City Museum"),
        Case(
            caption: "Firefighters at the scene. Jane Smith via Getty Images", credit: "Jane Smith via Getty Images",
            author: "Jane Smith", source: "Getty Images"),
        Case(caption: "The rocket on the launch pad. (NASA via AP, File)", credit: "NASA via AP, File", author: "NASA"),
        Case(
            caption: "Photo by Ana Lopez on Unsplash", credit: "Photo by Ana Lopez on Unsplash", author: "Ana Lopez",
            source: "Unsplash"),
        Case(
            caption: "Der Hafen am Morgen. Bild: imago images/Future Image", credit: "Bild: imago images/Future Image",
            source: "imago"),
        Case(
            caption: "Der Hafen. Foto: dpa/Bernd Weißbrod", credit: "Foto: dpa/Bernd Weißbrod",
            author: "Bernd Weißbrod", source: "dpa"),
        Case(
            caption: "The market at night. Image credit: Shutterstock", credit: "Image credit: Shutterstock",
            source: "Shutterstock"),
        Case(caption: "Caption text. | Foto: Reuters", credit: "Foto: Reuters", source: "Reuters"),
        Case(caption: "A fox crosses the field (Photo: Jane Doe/AP)", credit: "Photo: Jane Doe/AP", author: "Jane Doe"),
        Case(
            caption: "The mill. Foto: EPA/Filip Singer", credit: "Foto: EPA/Filip Singer", author: "Filip Singer",
            source: "EPA"),
        Case(
            caption: "The river. Flickr/John Smith (CC BY 2.0)", credit: "Flickr/John Smith (CC BY 2.0)",
            author: "John Smith", source: "Flickr"),
        Case(caption: "© Paul-Langrock.de.", credit: "© Paul-Langrock.de."),
        Case(
            caption: "Premier w Sejmie. Fot. Jan Kowalski / PAP", credit: "Fot. Jan Kowalski / PAP",
            author: "Jan Kowalski", source: "PAP"),
        Case(caption: "El presidente, en Madrid.JUAN PÉREZ (EFE)", credit: "JUAN PÉREZ (EFE)"),
        Case(
            caption: "Die Burg im Winter (Bildquelle: pixabay.com)", credit: "Bildquelle: pixabay.com",
            source: "Pixabay"),
        Case(
            caption: "\"Old mill\" by Ana Diaz, CC BY 2.0, from the city archive.",
            credit: "\"Old mill\" by Ana Diaz, CC BY 2.0, from the city archive.", author: "Ana Diaz",
            source: "city archive"),
        Case(
            caption: "Het Binnenhof. ANP / Remko de Waal", credit: "ANP / Remko de Waal", author: "Remko de Waal",
            source: "ANP"),
        Case(
            caption: "The mayor at City Hall. Jane Doe for The New York Times",
            credit: "Jane Doe for The New York Times", author: "Jane Doe", source: "The New York Times"),
        Case(
            caption: "Photo illustration by Studio Nord", credit: "Photo illustration by Studio Nord",
            author: "Studio Nord"),
        Case(
            caption: "Image via Wikimedia Commons", credit: "Image via Wikimedia Commons", source: "Wikimedia Commons"),
        Case(
            caption: "Fans celebrate in Madrid. REUTERS/Jane Doe", credit: "REUTERS/Jane Doe", author: "Jane Doe",
            source: "Reuters"),
        Case(
            caption: "Map of the new lanes. Map: OpenStreetMap contributors", credit: "Map: OpenStreetMap contributors",
            source: "OpenStreetMap"),
        Case(
            caption: "Saturn from Cassini. Photograph: Courtesy of NASA/JPL-Caltech",
            credit: "Photograph: Courtesy of NASA/JPL-Caltech"),
        Case(caption: "Satama aamulla. Kuva: Matti Virtanen", credit: "Kuva: Matti Virtanen", author: "Matti Virtanen"),
        Case(caption: "Port o świcie. Zdjęcie: Jan Nowak", credit: "Zdjęcie: Jan Nowak", author: "Jan Nowak"),
        Case(
            caption: "Bến cảng lúc bình minh. Ảnh: Nguyễn Văn An", credit: "Ảnh: Nguyễn Văn An", author: "Nguyễn Văn An"
        ),
        Case(
            caption: "Il porto all'alba. Fotografo: Marco Bianchi", credit: "Fotografo: Marco Bianchi",
            author: "Marco Bianchi"),
        Case(
            caption: "Der Leuchtturm im Nebel. Urheber: Max Beispiel", credit: "Urheber: Max Beispiel",
            author: "Max Beispiel"),
        Case(caption: "Havnen om morgenen. Kilde: Byarkivet", credit: "Kilde: Byarkivet"),
        Case(caption: "El puente nuevo. Cortesía de la Alcaldía", credit: "Cortesía de la Alcaldía"),
        Case(caption: "Новый мост через реку. Фото из открытых источников", credit: "Фото из открытых источников"),
        Case(caption: "The new fire station on Main Street (Submitted photo)", credit: "Submitted photo"),
    ]

    @Test(arguments: cases)
    func creditSpanAndNameComeOutOfTheCaption(_ example: Case) throws {
        let scan = ScanFixtures.scanBody(
            #"<figure><img src="/media/photo.jpg" alt="x"><figcaption>\#(example.caption)</figcaption></figure>"#)
        let credit = try #require(scan.images.first?.credit)
        #expect(credit.text == example.credit)
        #expect(credit.strategy == .figcaption)
        if let author = example.author { #expect(credit.author == author) }
        if let source = example.source { #expect(credit.source == source) }
        if credit.text != example.caption { #expect(credit.caption != nil) }
    }
}

extension CaptionLabelTests {
    /// Captions that only describe the picture, including ones that look like the credit
    /// conventions above, stay uncredited.
    @Test(arguments: [
        "A cyclist rides past the town hall on Monday morning.",
        "Photo of the new bridge taken from the north bank",
        "Volunteers collect food for The Salvation Army in Leeds",
        "The mayor waits for the results in the town hall.",
    ])
    func descriptionsAreNoCredit(_ caption: String) {
        let scan = ScanFixtures.scanBody(
            #"<figure><img src="/media/photo.jpg" alt="x"><figcaption>\#(caption)</figcaption></figure>"#)
        #expect(scan.images.first?.credit == nil)
    }

    /// "Image via X" names no person: the label word left of "via" is not an author.
    @Test func labelBeforeViaIsNoAuthor() throws {
        let scan = ScanFixtures.scanBody(
            #"<figure><img src="/media/photo.jpg" alt="x"><figcaption>Image via Wikimedia Commons</figcaption></figure>"#
        )
        #expect(try #require(scan.images.first?.credit).author == nil)
    }
}

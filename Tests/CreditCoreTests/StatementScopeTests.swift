import Testing

@testable import CreditAttribution

/// Which pictures a credit statement speaks of, read from the words before its credit.
@Suite("Scope of a credit statement")
struct StatementScopeTests {
    @Test(arguments: [
        ("All images: Port Authority", StatementScope.every),
        ("Todas las fotos: Ana Ruiz", .every),
        ("Words and pictures: Sam Hill", .every),
        ("Fotografien von Eva Lind", .every),
        ("Photos in this story: Lou Grant", .every),
        ("Bilder in diesem Beitrag: Eva Lind", .every),
        ("Hero image: Getty", .lead),
        ("Foto principal: EFE", .lead),
        ("Aufmacherbild: Stadt Kiel", .lead),
        ("Bottom photo by Lee Park", .position(.last)),
        ("Immagine in basso: Museo Civico", .position(.last)),
        ("Third picture: Ola Berg", .position(.ordinal(3))),
        ("Photo: Ola Berg", .plain),
        ("Credit: Ola Berg", .plain),
        ("Photo courtesy Ola Berg", .plain),
    ])
    func scopeOfALine(line: String, scope: StatementScope) throws {
        let (head, rest) = try #require(StatementScope.split(line))
        #expect(StatementScope(head: head, inList: false) == scope)
        #expect(!rest.isEmpty)
    }

    @Test func placeWordAloneCountsOnlyInAList() throws {
        let (head, _) = try #require(StatementScope.split("Top: Ola Berg"))
        #expect(StatementScope(head: head, inList: true) == .position(.first))
        #expect(StatementScope(head: head, inList: false) == .titled(["top"]))
    }

    @Test func headNamingAWorkIsATitle() throws {
        let (head, rest) = try #require(StatementScope.split("Jan Vermeer, The Milkmaid: public domain"))
        #expect(StatementScope(head: head, inList: true) == .titled(["jan", "vermeer", "the", "milkmaid"]))
        #expect(rest == "public domain")
    }

    @Test(arguments: [
        "https://example.org/photos/harbour-at-dawn",
        "The council, which met on Tuesday evening to discuss the plan for the river: a long sentence",
        "Jane Doe photographed the match",
    ])
    func lineWithoutAHead(line: String) {
        #expect(StatementScope.split(line) == nil)
    }
}

/// The list of rules: adding a rule means adding its type here and nowhere else.
///
/// The order is the order findings are reported in: first whether there is a credit at all,
/// then what the credit lacks, then problems with the licence itself, then presentation.
public enum RuleRegistry {
    /// Every rule, in reporting order.
    public static let all: [any ComplianceRule.Type] = [
        MissingAttributionRule.self,
        MissingAuthorRule.self,
        MissingSourceLinkRule.self,
        MissingTitleRule.self,
        LicenseNotLinkedRule.self,
        LicenseLinkMismatchRule.self,
        AmbiguousLicenseRule.self,
        UnknownLicenseRule.self,
        RetiredLicenseRule.self,
        NoncommercialLicenseRule.self,
        LicenseNotAllowedRule.self,
        CreditNotVisibleRule.self,
        StructuredDataMismatchRule.self,
        EmbeddedCreditMismatchRule.self,
        NotLicensableInSearchRule.self,
        InconsistentCreditRule.self,
        UnreadableFileRule.self,
        ExpiredWaiverRule.self,
        UnusedIgnoreRule.self,
    ]
}

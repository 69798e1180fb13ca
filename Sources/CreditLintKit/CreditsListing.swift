import CreditReporting

extension CreditLint {
    /// The credits register of a recorded run: the latest one, or run `run`.
    ///
    /// - Throws: ``CreditLintError/noRuns(database:)`` when the database does not exist or
    ///   holds no run; store errors when it cannot be read.
    public static func creditsRegister(database: String, run: Int? = nil) throws -> CreditsRegister {
        try CreditsRegister(recordedStream(database: database, run: run))
    }
}

extension LicenseCatalog {
    /// The licence data compiled into this build: every file of `Licenses/`, name and text, in
    /// order. Results recorded under other data must not be reused, so this text is part of the
    /// key that decides reuse.
    public static var compiledDataText: String {
        LicenseData.embeddedFiles.map { $0.name + "\n" + $0.text }.joined(separator: "\u{1E}")
    }
}

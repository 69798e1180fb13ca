/// Generates the compiled licence catalogue. (Stub.)
public enum LicenseCatalogGenerator {}

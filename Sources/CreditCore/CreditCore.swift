// The library product `CreditCore`: one import for a client that scans pages and reports
// on them with creditlint's modules, layered as `Package.swift` shows.
@_exported import CreditAttribution
@_exported import CreditDocument
@_exported import CreditModel
@_exported import CreditReporting
@_exported import CreditRules
@_exported import CreditScanner
@_exported import CreditText

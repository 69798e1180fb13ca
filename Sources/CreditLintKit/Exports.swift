// Clients of the pipeline work with the report models and licence types directly.
@_exported import CreditCore
@_exported import CreditLicenses

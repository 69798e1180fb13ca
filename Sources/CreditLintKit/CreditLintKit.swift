@_exported import CreditCore

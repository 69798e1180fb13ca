import CreditLintKit
print("creditlint")

import CreditModel
import CreditRules
import CreditStore

extension ShardMerge {
    /// Runs the checks across pages on the merged run, as a whole scan runs them after its
    /// last page: with the baseline the shards were compared with, whose entries of findings
    /// that compare pages no shard could settle. Adds what they suppressed to the header.
    /// - Throws: ``CreditLintError/cannotMerge(reason:)`` when that baseline cannot be read.
    static func applyCrossPageChecks(
        options: ScanOptions, pages: [String], header: inout ScanReport, recorder: RunRecorder
    ) throws {
        var matcher: BaselineMatcher?
        if let status = header.baseline {
            let baseline: Baseline
            do {
                baseline = try Baseline.load(status.path)
            } catch {
                throw CreditLintError.cannotMerge(
                    reason: "the shards were compared with the baseline \(status.path), which cannot be read "
                        + "here (\(error)); the checks across pages need it")
            }
            var late = BaselineMatcher(baseline: baseline, rulesOff: options.rulesOff, lateRules: CrossPageCheck.rules)
            late.pagesComparedElsewhere(pages)
            matcher = late
        }
        var check = BaselinedCrossPageCheck(check: try CreditLint.crossPageCheck(for: options), matcher: matcher)
        try recorder.applyCrossPageChecks(missingAttributionRule: MissingAttributionRule.id, &check)
        var suppressed = header.suppressed ?? SuppressedFindings()
        suppressed.ignored += check.check.suppressed.ignored
        suppressed.waived += check.check.suppressed.waived
        if var late = check.matcher, var status = header.baseline {
            late.settleLateEntries()
            let settled = late.status(path: status.path, strict: status.strict)
            status.matched += settled.matched
            status.stale = staleInFileOrder(status.stale + settled.stale, baselinePath: status.path)
            header.baseline = status
            suppressed.baseline += settled.matched
        }
        header.suppressed = suppressed.isEmpty ? nil : suppressed
    }
}

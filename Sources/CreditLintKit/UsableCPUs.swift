import Foundation

#if os(Linux)
    /// glibc's `sched_getaffinity`, which its Swift module leaves out (it needs `_GNU_SOURCE`).
    @_silgen_name("sched_getaffinity")
    private func linuxSchedGetAffinity(_ pid: Int32, _ size: Int, _ mask: UnsafeMutableRawPointer) -> Int32
#endif

/// How many CPUs this process may actually use: the fewest of the machine's online
/// processors, the CPUs its affinity mask allows (`taskset`, container cpusets) and its cgroup
/// CPU quota (`docker --cpus`, Kubernetes limits). Workers beyond that only take turns on the
/// same cores and slow the scan down, so it is the default number of jobs.
public enum UsableCPUs {
    /// The CPUs the running process may use, at least 1.
    public static var count: Int {
        var limits = [ProcessInfo.processInfo.activeProcessorCount]
        if let affinity = affinityCount() { limits.append(affinity) }
        if let quota = cgroupQuota() { limits.append(quota) }
        return max(1, limits.min() ?? 1)
    }

    /// The number of CPUs in this process's affinity mask, nil where it cannot be read.
    static func affinityCount() -> Int? {
        #if os(Linux)
            // Room for 8,192 CPUs; glibc's cpu_set_t holds 1,024.
            var mask = [UInt8](repeating: 0, count: 1024)
            let status = mask.withUnsafeMutableBytes { linuxSchedGetAffinity(0, $0.count, $0.baseAddress!) }
            guard status == 0 else { return nil }
            // CPU_COUNT is a C macro that Swift cannot call: count the mask's bits directly.
            let bits = mask.reduce(0) { $0 + $1.nonzeroBitCount }
            return bits > 0 ? bits : nil
        #else
            return nil
        #endif
    }

    /// The CPU quota of this process's cgroup (v2, else v1), rounded up; nil when unlimited
    /// or when there is no cgroup file to read.
    static func cgroupQuota(fileSystemRoot: String = "/") -> Int? {
        let root = URL(fileURLWithPath: fileSystemRoot)
        func read(_ path: String) -> String? {
            try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }
        let membership = read("proc/self/cgroup") ?? ""
        if let group = v2Group(membership) {
            // The quota may be set on the process's own group or on one above it.
            for folder in ancestors(of: group) {
                if let text = read("sys/fs/cgroup\(folder)/cpu.max"), let quota = v2Quota(text) { return quota }
            }
        }
        let v1Group = v1CPUGroup(membership) ?? "/"
        for folder in Set([v1Group, "/"]).sorted(by: >) {
            for mount in ["sys/fs/cgroup/cpu", "sys/fs/cgroup/cpu,cpuacct"] {
                if let quota = read("\(mount)\(folder)/cpu.cfs_quota_us"),
                    let period = read("\(mount)\(folder)/cpu.cfs_period_us"),
                    let limit = v1Quota(quota: quota, period: period)
                {
                    return limit
                }
            }
        }
        return nil
    }

    /// The CPUs a cgroup v2 `cpu.max` allows ("200000 100000" → 2, "150000 100000" → 2),
    /// nil for "max" (no limit) or unreadable text.
    static func v2Quota(_ text: String) -> Int? {
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard fields.count >= 1, fields[0] != "max", let quota = Int(fields[0]) else { return nil }
        let period = fields.count >= 2 ? Int(fields[1]) ?? 100_000 : 100_000
        return ceilingRatio(quota, period)
    }

    /// The CPUs cgroup v1's `cpu.cfs_quota_us` and `cpu.cfs_period_us` allow; nil for a quota
    /// of -1 (no limit) or unreadable text.
    static func v1Quota(quota: String, period: String) -> Int? {
        guard let quota = Int(quota.trimmingCharacters(in: .whitespacesAndNewlines)),
            let period = Int(period.trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        return ceilingRatio(quota, period)
    }

    /// The cgroup v2 path of `/proc/self/cgroup` (the "0::/path" line), nil without one.
    static func v2Group(_ membership: String) -> String? {
        for line in membership.split(separator: "\n") where line.hasPrefix("0::") {
            return String(line.dropFirst(3))
        }
        return nil
    }

    /// The cgroup v1 path of the `cpu` controller in `/proc/self/cgroup` ("4:cpu,cpuacct:/path").
    static func v1CPUGroup(_ membership: String) -> String? {
        for line in membership.split(separator: "\n") {
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, fields[1].split(separator: ",").contains("cpu") else { continue }
            return String(fields[2])
        }
        return nil
    }

    /// "/a/b" → ["/a/b", "/a", ""]: a group and the groups above it, as path suffixes.
    private static func ancestors(of group: String) -> [String] {
        var parts = group.split(separator: "/").map(String.init)
        var result: [String] = []
        while true {
            result.append(parts.isEmpty ? "" : "/" + parts.joined(separator: "/"))
            if parts.isEmpty { return result }
            parts.removeLast()
        }
    }

    private static func ceilingRatio(_ quota: Int, _ period: Int) -> Int? {
        guard quota > 0, period > 0 else { return nil }
        return max(1, (quota + period - 1) / period)
    }
}

import CreditTestSupport
import Foundation
import Testing

@testable import CreditLintKit

@Suite("The default jobs follow the CPUs the process may use, not the machine's cores")
struct UsableCPUsTests {
    @Test(
        "cgroup v2 cpu.max",
        arguments: [
            ("max 100000\n", nil), ("200000 100000\n", 2), ("150000 100000", 2), ("50000 100000", 1),
            ("100000", 1), ("", nil), ("lots 100000", nil), ("-1 100000", nil),
        ] as [(String, Int?)])
    func v2(text: String, expected: Int?) {
        #expect(UsableCPUs.v2Quota(text) == expected)
    }

    @Test(
        "cgroup v1 cfs quota and period",
        arguments: [
            ("-1\n", "100000\n", nil), ("400000\n", "100000\n", 4), ("250000", "100000", 3),
            ("x", "100000", nil), ("100000", "0", nil),
        ] as [(String, String, Int?)])
    func v1(quota: String, period: String, expected: Int?) {
        #expect(UsableCPUs.v1Quota(quota: quota, period: period) == expected)
    }

    @Test(
        "the process's own cgroup from /proc/self/cgroup",
        arguments: [
            ("0::/user.slice/job.scope\n", "/user.slice/job.scope", nil),
            ("12:memory:/docker/abc\n4:cpu,cpuacct:/docker/abc\n", nil, "/docker/abc"),
            ("3:cpuset:/x\n2:cpuacct,cpu:/y\n0::/\n", "/", "/y"),
            ("", nil, nil),
        ] as [(String, String?, String?)])
    func membership(text: String, v2: String?, v1: String?) {
        #expect(UsableCPUs.v2Group(text) == v2)
        #expect(UsableCPUs.v1CPUGroup(text) == v1)
    }

    @Test("the quota is read from a cgroup tree, v2 first, at the process's group or above")
    func quotaFromFiles() throws {
        let v2 = try TemporaryFolder([
            "proc/self/cgroup": "0::/ci/job\n",
            "sys/fs/cgroup/ci/job/cpu.max": "max 100000\n",
            "sys/fs/cgroup/ci/cpu.max": "300000 100000\n",
        ])
        #expect(UsableCPUs.cgroupQuota(fileSystemRoot: v2.path) == 3)
        let v1 = try TemporaryFolder([
            "proc/self/cgroup": "4:cpu,cpuacct:/docker/abc\n",
            "sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_quota_us": "150000\n",
            "sys/fs/cgroup/cpu,cpuacct/docker/abc/cpu.cfs_period_us": "100000\n",
        ])
        #expect(UsableCPUs.cgroupQuota(fileSystemRoot: v1.path) == 2)
        let unlimited = try TemporaryFolder(["proc/self/cgroup": "0::/\n", "sys/fs/cgroup/cpu.max": "max 100000\n"])
        #expect(UsableCPUs.cgroupQuota(fileSystemRoot: unlimited.path) == nil)
        #expect(UsableCPUs.cgroupQuota(fileSystemRoot: try TemporaryFolder().path) == nil)
    }

    @Test("the affinity mask is read and never exceeds the online processors")
    func affinity() throws {
        let count = try #require(UsableCPUs.affinityCount())
        #expect(count >= 1)
        #expect(count <= ProcessInfo.processInfo.activeProcessorCount)
        #expect(UsableCPUs.count <= count)
    }

    @Test("pinned to one core by taskset, the binary reports jobs 0 as 1 usable CPU")
    func pinnedBinary() throws {
        let taskset = "/usr/bin/taskset"
        try #require(FileManager.default.isExecutableFile(atPath: taskset), "taskset (util-linux) is needed")
        let folder = try TemporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: taskset)
        process.arguments = ["-c", "0", CreditlintProcess.binary.path, "dump-config", "--effective", folder.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("\njobs: 0 # 1 usable CPU\n"), "\(text)")
        // The comment keeps the dump a configuration that reads back.
        #expect(try Configuration.parse(text, path: "e.yml").configuration.jobs == 0)
    }
}

import CreditTestSupport
import Foundation
import Testing

@testable import CreditLintKit

@Suite("OrderedWorkers: any number of threads, results in order")
struct OrderedWorkersTests {
    @Test("results arrive in index order whatever the number of jobs", arguments: [1, 2, 3, 8, 100])
    func order(_ jobs: Int) throws {
        // Early items are the slowest, so that workers finish out of order.
        let workers = OrderedWorkers<Int>(jobs: jobs) { index in
            var sum = 0
            for value in 0..<((200 - index) * 500) { sum &+= value }
            return index * 2 + (sum == -1 ? 1 : 0)
        }
        var seen: [Int] = []
        try workers.run(count: 200) { index, result in
            #expect(result == index * 2)
            seen.append(index)
        }
        #expect(seen == Array(0..<200))
    }

    @Test("an error from the consumer stops the run and comes back once the workers are done")
    func stops() {
        struct Stop: Error {}
        let computed = Locked(0)
        let workers = OrderedWorkers<Int>(jobs: 4) { index in
            computed.withLock { $0 += 1 }
            return index
        }
        var consumed = 0
        #expect(throws: Stop.self) {
            try workers.run(count: 10_000) { index, _ in
                consumed += 1
                if index == 10 { throw Stop() }
            }
        }
        #expect(consumed == 11)
        // Workers never run more than their window ahead of the consumer.
        #expect(computed.value <= 11 + 4 * OrderedWorkers<Int>.windowPerJob)
    }
}

extension OrderedWorkersTests {
    @Test("light results let workers run far ahead of a slow consumer; heavy ones keep the small window")
    func lightWindow() throws {
        for light in [true, false] {
            let computed = Locked(0)
            let workers = OrderedWorkers<Int>(
                jobs: 2, isLight: { _ in light },
                work: { index in
                    computed.withLock { $0 += 1 }
                    return index
                })
            let heavyWindow = 2 * OrderedWorkers<Int>.windowPerJob
            let lightWindow = 2 * OrderedWorkers<Int>.lightWindowPerJob
            try workers.run(count: 5_000) { index, _ in
                guard index == 0 else { return }
                // The consumer is stuck on its first result, as while it writes a batch; it has
                // taken that result, so the windows count from the second.
                let deadline = Date().addingTimeInterval(light ? 10 : 0.2)
                while Date() < deadline && computed.value < 1 + lightWindow { Thread.sleep(forTimeInterval: 0.005) }
                // Long enough for a worker that overran the window to show it.
                Thread.sleep(forTimeInterval: 0.05)
                if light {
                    #expect(computed.value == 1 + lightWindow)
                } else {
                    #expect(computed.value <= 1 + heavyWindow)
                }
            }
            #expect(computed.value == 5_000)
        }
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP listener on 127.0.0.1 that counts the connections it receives and closes each one at
/// once, so that a client that did connect fails fast instead of waiting for an answer.
final class LoopbackServer: @unchecked Sendable {
    let port: UInt16
    private let socketFD: Int32
    private let lock = NSLock()
    private var count = 0
    private var stopped = false
    private var thread: Thread?

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0  // any free port
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(fd, generic, length) == 0 && listen(fd, 64) == 0
                    && getsockname(fd, generic, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        socketFD = fd
        port = UInt16(bigEndian: address.sin_port)
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        let thread = Thread { [self] in
            while !isStopped { acceptPending(waitingMilliseconds: 20) }
        }
        self.thread = thread
        thread.start()
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Accepts and closes whatever is queued, waiting up to `waitingMilliseconds` for the first.
    private func acceptPending(waitingMilliseconds: Int32) {
        var poller = pollfd(fd: socketFD, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, waitingMilliseconds) > 0 else { return }
        while true {
            let client = accept(socketFD, nil, nil)
            guard client >= 0 else { return }
            close(client)
            lock.withLock { count += 1 }
        }
    }

    /// Connects to the server once and hangs up, as any fetch would begin: to prove that the
    /// server would notice one.
    func connectOnce() -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = port.bigEndian
        return withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                connect(fd, generic, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }

    /// Stops listening and returns how many connections arrived, including any still queued.
    func stop() -> Int {
        lock.withLock { stopped = true }
        while thread?.isFinished == false { Thread.sleep(forTimeInterval: 0.01) }
        acceptPending(waitingMilliseconds: 0)
        close(socketFD)
        return lock.withLock { count }
    }
}

/// What the file system says of a page's file: enough to tell, without reading the file, that
/// it is still the file whose bytes a run hashed.
///
/// A rescan compares the stamp with the one recorded for the path (`file_stamp`) and, when
/// every field is equal, takes the recorded SHA-256 instead of reading and hashing the file,
/// as git's index and make do. The change time covers what keeping the modification time hides
/// (`touch -d`, `cp -p`, `rsync -t`: each sets it to now), and the inode and device a file put
/// in the place of another. Only stamps of files left untouched for a while before they were
/// read are recorded (see ``isSettled(readAt:margin:)``).
public struct FileStamp: Sendable, Hashable {
    /// The size in bytes.
    public var size: Int64
    /// The last modification, in nanoseconds since 1970.
    public var modified: Int64
    /// The last change of the file's contents or attributes (`ctime`), in nanoseconds since 1970.
    public var changed: Int64
    /// The inode number, its bits as a signed integer.
    public var inode: Int64
    /// The device that holds the file, its bits as a signed integer.
    public var device: Int64

    /// Creates a stamp.
    public init(size: Int64, modified: Int64, changed: Int64, inode: Int64, device: Int64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
        self.device = device
    }

    /// Whether the file was last modified and changed at least `margin` nanoseconds before
    /// `readAt` (the time just before the stamp was taken). A write that follows within the
    /// file system's timestamp granularity could leave a younger file's stamp as it was while
    /// its bytes change, as git's "racily clean" entries can; such a file is hashed next time.
    public func isSettled(readAt: Int64, margin: Int64) -> Bool {
        modified < readAt - margin && changed < readAt - margin
    }
}

/// A page's stamp with the SHA-256 of the bytes read under it.
public struct StampedHash: Sendable, Hashable {
    /// The file's stamp, taken before its bytes were read.
    public var stamp: FileStamp
    /// The SHA-256 of the bytes, in lower-case hex.
    public var sha256: String

    /// Creates a stamped hash.
    public init(stamp: FileStamp, sha256: String) {
        self.stamp = stamp
        self.sha256 = sha256
    }
}

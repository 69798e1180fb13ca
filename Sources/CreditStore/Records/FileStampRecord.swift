internal import GRDB

/// A row of `file_stamp` (schema v14): the stamp of the file at a path as the newest run that
/// read it found it, and the SHA-256 of the bytes it read (see ``FileStamp``). One row a path,
/// replaced by each run that reads the file; a file whose stamp is not settled has none.
struct FileStampRecord: StoredRecord {
    static let databaseTableName = "file_stamp"
    static let insertSQL = insertStatement()

    var path = ""
    var sha256 = ""
    var size: Int64 = 0
    var modifiedNanoseconds: Int64 = 0
    var changedNanoseconds: Int64 = 0
    var inode: Int64 = 0
    var device: Int64 = 0

    init() {}

    init(path: String, _ stamped: StampedHash) {
        self.path = path
        sha256 = stamped.sha256
        size = stamped.stamp.size
        modifiedNanoseconds = stamped.stamp.modified
        changedNanoseconds = stamped.stamp.changed
        inode = stamped.stamp.inode
        device = stamped.stamp.device
    }

    var stamped: StampedHash {
        StampedHash(
            stamp: FileStamp(
                size: size, modified: modifiedNanoseconds, changed: changedNanoseconds, inode: inode, device: device),
            sha256: sha256)
    }

    mutating func visitColumns(_ visitor: inout some ColumnVisitor) {
        visitor.visit("path", &path)
        visitor.visit("sha256", &sha256)
        visitor.visit("size", &size)
        visitor.visit("modified_ns", &modifiedNanoseconds)
        visitor.visit("changed_ns", &changedNanoseconds)
        visitor.visit("inode", &inode)
        visitor.visit("device", &device)
    }
}

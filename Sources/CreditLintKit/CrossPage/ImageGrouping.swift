/// Groups the images of a run into pictures (see ``ImageIdentity``) as they come, one at a
/// time, in run order.
///
/// Per image it keeps only what the grouping needs: the image it is joined to, whether it has
/// a key, and the local file it names; the keys themselves are kept once each, with the first
/// image that had them. The URLs of a whole site are never held at once.
///
/// Only files whose size another named file shares are read and hashed, once every image is
/// in: two files of different sizes cannot hold the same bytes, and most images of a site
/// differ in size.
struct ImageGrouping {
    /// The identity rules, with the files looked up and hashed so far.
    private(set) var identity: ImageIdentity
    /// Union-find links between images: a group's root is its first image.
    private var parent: [Int32] = []
    /// Whether each image has any key; one without is in no group.
    private var keyed: [Bool] = []
    /// The first image that had each key.
    private var owner: [String: Int32] = [:]
    /// The local file each image names, as a position in ``files``, or -1.
    private var fileOfImage: [Int32] = []
    private var files: [ImageIdentity.LocalFile] = []
    private var filePositions: [ImageIdentity.LocalFile: Int32] = [:]

    init(identity: ImageIdentity) {
        self.identity = identity
    }

    /// Adds the next image: its page's path, its URL as written and the other URLs of the
    /// same element.
    mutating func add(path: String, src: String, sources: [String]) {
        let image = Int32(parent.count)
        parent.append(image)
        let keys = identity.urlKeys(src: src, sources: sources, page: path)
        keyed.append(!keys.isEmpty)
        for key in keys { join(image, key: key) }
        var position: Int32 = -1
        if let file = ImageIdentity.sitePath(of: src, onPage: path).flatMap({ identity.localFile(sitePath: $0) }) {
            if let known = filePositions[file] {
                position = known
            } else {
                position = Int32(files.count)
                files.append(file)
                filePositions[file] = position
            }
        }
        fileOfImage.append(position)
    }

    /// The groups of images that are one picture, as positions in the order they were added:
    /// each group ascending, groups ordered by their first image.
    mutating func groups() -> [[Int]] {
        var filesBySize: [Int: Int] = [:]
        for file in files { filesBySize[file.size, default: 0] += 1 }
        for (image, position) in fileOfImage.enumerated() where position >= 0 {
            let file = files[Int(position)]
            guard filesBySize[file.size, default: 0] > 1, let key = identity.hashKey(file) else { continue }
            keyed[image] = true
            join(Int32(image), key: key)
        }
        var members: [Int32: [Int]] = [:]
        for image in parent.indices where keyed[image] { members[root(of: Int32(image)), default: []].append(image) }
        return members.keys.sorted().compactMap { members[$0] }
    }

    /// Puts the image in the group of the first image with this key, or makes it that image.
    private mutating func join(_ image: Int32, key: String) {
        guard let first = owner[key] else {
            owner[key] = image
            return
        }
        let (a, b) = (root(of: first), root(of: image))
        if a != b { parent[Int(max(a, b))] = min(a, b) }
    }

    /// The first image of the image's group, shortening the links on the way.
    private mutating func root(of image: Int32) -> Int32 {
        var image = image
        while parent[Int(image)] != image {
            parent[Int(image)] = parent[Int(parent[Int(image)])]
            image = parent[Int(image)]
        }
        return image
    }
}

-- A database as creditlint 0.1.0 (schema v1-runs-reports) wrote it: one scan of a page with
-- a credited and an uncredited image, a skipped logo and a failed file. Made with
-- `sqlite3 runs.sqlite .dump`; .dump leaves out the application id, so it comes first.
PRAGMA application_id = 1131564148;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES('v1-runs-reports');
CREATE TABLE run (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    schema_version INTEGER NOT NULL,
    tool_version TEXT NOT NULL,
    root TEXT NOT NULL,
    started_at TEXT NOT NULL,
    fail_on TEXT NOT NULL,
    commercial BOOLEAN NOT NULL
);
INSERT INTO run VALUES(1,1,'0.1.0','site','2026-11-27T08:55:46Z','error',0);
CREATE TABLE document (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    encoding TEXT NOT NULL,
    parse_errors INTEGER NOT NULL,
    UNIQUE (run_id, ordinal)
);
INSERT INTO document VALUES(1,1,0,'index.html',549,'f94914edb3e12a498dca82ba23be5c275b337bfe343d9f545467075d2eb8ce5f','utf-8',0);
CREATE TABLE image (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    src TEXT NOT NULL,
    sources TEXT NOT NULL,
    element TEXT NOT NULL,
    line INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    alt TEXT,
    UNIQUE (document_id, ordinal)
);
INSERT INTO image VALUES(1,1,0,'harbour.jpg','[]','img',4,'73975743249786fc','The harbour at dawn');
INSERT INTO image VALUES(2,1,1,'crane.jpg','[]','img',6,'3829070b2b12db26','A crane');
CREATE TABLE credit (
    image_id INTEGER PRIMARY KEY NOT NULL REFERENCES image(id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    caption TEXT,
    author TEXT,
    source TEXT,
    title TEXT,
    license_text TEXT,
    license_url TEXT,
    source_url TEXT,
    own_work BOOLEAN NOT NULL,
    modifications TEXT NOT NULL,
    strategy TEXT NOT NULL,
    visible BOOLEAN NOT NULL
);
INSERT INTO credit VALUES(1,'Photo: Zoë Doe / Wikimedia Commons, CC BY-SA 3.0','The harbour at dawn.','Zoë Doe','Wikimedia Commons',NULL,'CC BY-SA 3.0','https://creativecommons.org/licenses/by-sa/3.0/',NULL,0,'[]','figcaption',1);
CREATE TABLE license (
    image_id INTEGER PRIMARY KEY NOT NULL REFERENCES image(id) ON DELETE CASCADE,
    identifier TEXT NOT NULL,
    name TEXT,
    url TEXT,
    evidence TEXT NOT NULL
);
INSERT INTO license VALUES(1,'CC-BY-SA-3.0','Attribution-ShareAlike 3.0 Unported','https://creativecommons.org/licenses/by-sa/3.0/','text+url');
CREATE TABLE finding (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    image_id INTEGER REFERENCES image(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    line INTEGER NOT NULL,
    column_number INTEGER,
    image_src TEXT,
    suggestion TEXT
);
INSERT INTO finding VALUES(1,1,1,1,0,'missing-source-link','warning','Image "harbour.jpg" is under CC BY-SA 3.0 but its credit does not link to the original. Link the credit to the work''s page (for example its Wikimedia Commons or Flickr page).',4,9,'harbour.jpg','Photo: "<title>", Zoë Doe / Wikimedia Commons (<link to the original>), CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/)');
INSERT INTO finding VALUES(2,1,1,1,1,'missing-title','note','Image "harbour.jpg" is under CC BY-SA 3.0, which asks for the work''s title when the creator gave one, but the credit has none. Add the title from the original''s page if it has one.',4,9,'harbour.jpg','Photo: "<title>", Zoë Doe / Wikimedia Commons (<link to the original>), CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/)');
INSERT INTO finding VALUES(3,1,1,2,0,'missing-attribution','error','Image "crane.jpg" has no credit. Add a visible credit next to it naming the creator and the source, and for a Creative Commons image the licence with a link to it and a link to the original.',6,9,'crane.jpg','Photo: <author> / <source>, <licence> (<licence URL>)');
CREATE TABLE skipped_image (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    src TEXT NOT NULL,
    line INTEGER NOT NULL,
    reason TEXT NOT NULL,
    UNIQUE (document_id, ordinal)
);
INSERT INTO skipped_image VALUES(1,1,0,'logo.png',2,'logo');
CREATE TABLE failed_file (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    path TEXT NOT NULL,
    reason TEXT NOT NULL,
    UNIQUE (run_id, ordinal)
);
INSERT INTO failed_file VALUES(1,1,0,'photo.html','not HTML: the file is a PNG image');
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('run',1);
INSERT INTO sqlite_sequence VALUES('document',1);
INSERT INTO sqlite_sequence VALUES('image',2);
INSERT INTO sqlite_sequence VALUES('finding',3);
INSERT INTO sqlite_sequence VALUES('skipped_image',1);
INSERT INTO sqlite_sequence VALUES('failed_file',1);
CREATE INDEX image_fingerprint ON image(fingerprint);
CREATE INDEX finding_run ON finding(run_id, severity);
CREATE INDEX finding_document ON finding(document_id, image_id, ordinal);
CREATE INDEX finding_image ON finding(image_id);
COMMIT;

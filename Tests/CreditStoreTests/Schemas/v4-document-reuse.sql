-- A database as creditlint 0.1.0 (schema v4-document-reuse, the first release with v2-v4) wrote it:
-- one scan of a page with a credited image, an image credited only by JSON-LD, a skipped
-- logo, a footer licence and a failed file. Made with `sqlite3 runs.sqlite .dump`; .dump
-- leaves out the application id, so it comes first.
PRAGMA application_id = 1131564148;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES('v1-runs-reports');
INSERT INTO grdb_migrations VALUES('v2-provenance-metadata');
INSERT INTO grdb_migrations VALUES('v3-run-adoption');
INSERT INTO grdb_migrations VALUES('v4-document-reuse');
CREATE TABLE run (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    schema_version INTEGER NOT NULL,
    tool_version TEXT NOT NULL,
    root TEXT NOT NULL,
    started_at TEXT NOT NULL,
    fail_on TEXT NOT NULL,
    commercial BOOLEAN NOT NULL
, max_warnings INTEGER, adoption TEXT);
INSERT INTO run VALUES(1,1,'0.1.0','site','2026-11-18T11:06:40Z','error',0,NULL,NULL);
CREATE TABLE document (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    encoding TEXT NOT NULL,
    parse_errors INTEGER NOT NULL, options_fingerprint TEXT, reused_from_run INTEGER, suppressed_ignored INTEGER NOT NULL DEFAULT 0, suppressed_waived INTEGER NOT NULL DEFAULT 0,
    UNIQUE (run_id, ordinal)
);
INSERT INTO document VALUES(1,1,0,'index.html',848,'3e89361fffcced33d5274f2f2bbe3048e0defe3429f36e2d9d9c6c5403197ecc','utf-8',0,'64a4bb280cdd7d78f546ec137863a89dd534a9127e905b947194b6d18157b41a',NULL,0,0);
CREATE TABLE image (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    src TEXT NOT NULL,
    sources TEXT NOT NULL,
    element TEXT NOT NULL,
    line INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    alt TEXT, metadata TEXT,
    UNIQUE (document_id, ordinal)
);
INSERT INTO image VALUES(1,1,0,'harbour.jpg','[]','img',4,'73975743249786fc','The harbour at dawn',NULL);
INSERT INTO image VALUES(2,1,1,'crane.jpg','[]','img',6,'3829070b2b12db26','A crane','{"creditText":"Max Muster","format":"json-ld","line":2}');
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
, origins TEXT NOT NULL DEFAULT '{}');
INSERT INTO credit VALUES(1,'Photo: Zoë Doe / Wikimedia Commons, CC BY-SA 3.0','The harbour at dawn.','Zoë Doe','Wikimedia Commons',NULL,'CC BY-SA 3.0','https://creativecommons.org/licenses/by-sa/3.0/',NULL,0,'[]','figcaption',1,'{"author":{"element":"figcaption","line":4,"method":"text"},"caption":{"element":"figcaption","line":4,"method":"text"},"licenseText":{"element":"figcaption","line":4,"method":"text"},"licenseURL":{"element":"a","line":4,"method":"link","property":"href"},"source":{"element":"figcaption","line":4,"method":"text"},"text":{"element":"figcaption","line":4,"method":"text"}}');
INSERT INTO credit VALUES(2,'Max Muster',NULL,'Max Muster',NULL,NULL,NULL,NULL,NULL,0,'[]','structured-data',0,'{"author":{"element":"script[type=application\/ld+json]","line":2,"method":"json-ld","property":"creditText"},"text":{"element":"script[type=application\/ld+json]","line":2,"method":"json-ld","property":"creditText"}}');
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
INSERT INTO finding VALUES(3,1,1,2,0,'credit-not-visible','warning','The credit of image "crane.jpg" is only in its structured data, which readers do not see. Show it as a visible caption next to the image.',6,9,'crane.jpg','Max Muster');
CREATE TABLE skipped_image (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    src TEXT NOT NULL,
    line INTEGER NOT NULL,
    reason TEXT NOT NULL,
    UNIQUE (document_id, ordinal)
);
INSERT INTO skipped_image VALUES(1,1,0,'logo.png',3,'logo');
CREATE TABLE failed_file (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    path TEXT NOT NULL,
    reason TEXT NOT NULL,
    UNIQUE (run_id, ordinal)
);
INSERT INTO failed_file VALUES(1,1,0,'photo.html','not HTML: the file is a PNG image');
CREATE TABLE page_license (
    document_id INTEGER PRIMARY KEY NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    identifier TEXT NOT NULL,
    name TEXT,
    url TEXT,
    evidence TEXT NOT NULL
);
INSERT INTO page_license VALUES(1,'CC-BY-4.0','Attribution 4.0 International','https://creativecommons.org/licenses/by/4.0/','text+url');
CREATE TABLE baselined_finding (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    image_ordinal INTEGER,
    position INTEGER NOT NULL,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    line INTEGER NOT NULL,
    column_number INTEGER,
    image_src TEXT,
    suggestion TEXT
);
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
CREATE INDEX document_reuse ON document(path, sha256);
CREATE INDEX baselined_finding_document ON baselined_finding(document_id);
COMMIT;

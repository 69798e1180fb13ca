-- A database as creditlint 0.1.0 (schema v14-file-stamp) holds it: the run of the
-- v6-skipped-column fixture as the v13-image-embedded fixture holds it, opened and so migrated
-- by this version, which added the empty `file_stamp` table (runs recorded before read no file
-- under a stamp). Made with `sqlite3 runs.sqlite .dump`; .dump leaves out the application id,
-- so it comes first.
PRAGMA application_id = 1131564148;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
INSERT INTO grdb_migrations VALUES('v1-runs-reports');
INSERT INTO grdb_migrations VALUES('v2-provenance-metadata');
INSERT INTO grdb_migrations VALUES('v3-run-adoption');
INSERT INTO grdb_migrations VALUES('v4-document-reuse');
INSERT INTO grdb_migrations VALUES('v5-document-json');
INSERT INTO grdb_migrations VALUES('v6-skipped-column');
INSERT INTO grdb_migrations VALUES('v7-skipped-count');
INSERT INTO grdb_migrations VALUES('v8-reuse-entry');
INSERT INTO grdb_migrations VALUES('v9-image-evidence');
INSERT INTO grdb_migrations VALUES('v10-image-snippet-missing-parts');
INSERT INTO grdb_migrations VALUES('v11-run-shard');
INSERT INTO grdb_migrations VALUES('v12-document-content');
INSERT INTO grdb_migrations VALUES('v13-image-embedded');
INSERT INTO grdb_migrations VALUES('v14-file-stamp');
CREATE TABLE run (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    schema_version INTEGER NOT NULL,
    tool_version TEXT NOT NULL,
    root TEXT NOT NULL,
    started_at TEXT NOT NULL,
    fail_on TEXT NOT NULL,
    commercial BOOLEAN NOT NULL
, max_warnings INTEGER, adoption TEXT, shard_index INTEGER, shard_count INTEGER, configuration_fingerprint TEXT);
INSERT INTO run VALUES(1,1,'0.1.0','site','2026-11-27T11:30:00Z','error',0,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE document (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    encoding TEXT NOT NULL,
    parse_errors INTEGER NOT NULL, options_fingerprint TEXT, reused_from_run INTEGER, suppressed_ignored INTEGER NOT NULL DEFAULT 0, suppressed_waived INTEGER NOT NULL DEFAULT 0, json TEXT, json_document INTEGER REFERENCES document(id) ON DELETE SET NULL, skipped TEXT NOT NULL DEFAULT '[]', skipped_count INTEGER NOT NULL DEFAULT 0, content_document INTEGER REFERENCES document(id),
    UNIQUE (run_id, ordinal)
);
INSERT INTO document VALUES(1,1,0,'index.html',1030,'c69fcc8785dfd92e88e9c89f30773e326cd3933b441a9d5d1ae03f36658bd7dd','utf-8',0,'64a4bb280cdd7d78f546ec137863a89dd534a9127e905b947194b6d18157b41a',NULL,0,0,replace('    {\n      "encoding" : "utf-8",\n      "findings" : [\n\n      ],\n      "images" : [\n        {\n          "alt" : "The harbour at dawn",\n          "credit" : {\n            "author" : "Zoë Doe",\n            "caption" : "The harbour at dawn.",\n            "licenseText" : "CC BY-SA 3.0",\n            "licenseURL" : "https://creativecommons.org/licenses/by-sa/3.0/",\n            "modifications" : [\n\n            ],\n            "origins" : {\n              "author" : {\n                "element" : "figcaption",\n                "line" : 4,\n                "method" : "text"\n              },\n              "caption" : {\n                "element" : "figcaption",\n                "line" : 4,\n                "method" : "text"\n              },\n              "licenseText" : {\n                "element" : "figcaption",\n                "line" : 4,\n                "method" : "text"\n              },\n              "licenseURL" : {\n                "element" : "a",\n                "line" : 4,\n                "method" : "link",\n                "property" : "href"\n              },\n              "source" : {\n                "element" : "figcaption",\n                "line" : 4,\n                "method" : "text"\n              },\n              "text" : {\n                "element" : "figcaption",\n                "line" : 4,\n                "method" : "text"\n              }\n            },\n            "ownWork" : false,\n            "source" : "Wikimedia Commons",\n            "strategy" : "figcaption",\n            "text" : "Photo: Zoë Doe / Wikimedia Commons, CC BY-SA 3.0",\n            "visible" : true\n          },\n          "element" : "img",\n          "findings" : [\n            {\n              "column" : 9,\n              "image" : "harbour.jpg",\n              "line" : 4,\n              "message" : "Image \"harbour.jpg\" is under CC BY-SA 3.0 but its credit does not link to the original. Link the credit to the work''s page (for example its Wikimedia Commons or Flickr page).",\n              "rule" : "missing-source-link",\n              "severity" : "warning",\n              "suggestion" : "Photo: \"<title>\", Zoë Doe / Wikimedia Commons (<link to the original>), CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/)"\n            },\n            {\n              "column" : 9,\n              "image" : "harbour.jpg",\n              "line" : 4,\n              "message" : "Image \"harbour.jpg\" is under CC BY-SA 3.0, which asks for the work''s title when the creator gave one, but the credit has none. Add the title from the original''s page if it has one.",\n              "rule" : "missing-title",\n              "severity" : "note",\n              "suggestion" : "Photo: \"<title>\", Zoë Doe / Wikimedia Commons (<link to the original>), CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/)"\n            }\n          ],\n          "fingerprint" : "73975743249786fc",\n          "license" : {\n            "evidence" : "text+url",\n            "id" : "CC-BY-SA-3.0",\n            "name" : "Attribution-ShareAlike 3.0 Unported",\n            "url" : "https://creativecommons.org/licenses/by-sa/3.0/"\n          },\n          "line" : 4,\n          "metadata" : null,\n          "sources" : [\n\n          ],\n          "src" : "harbour.jpg"\n        },\n        {\n          "alt" : "A crane",\n          "credit" : {\n            "author" : "Max Muster",\n            "modifications" : [\n\n            ],\n            "origins" : {\n              "author" : {\n                "element" : "script[type=application/ld+json]",\n                "line" : 1,\n                "method" : "json-ld",\n                "property" : "creditText"\n              },\n              "text" : {\n                "element" : "script[type=application/ld+json]",\n                "line" : 1,\n                "method" : "json-ld",\n                "property" : "creditText"\n              }\n            },\n            "ownWork" : false,\n            "strategy" : "structured-data",\n            "text" : "Max Muster",\n            "visible" : false\n          },\n          "element" : "img",\n          "findings" : [\n            {\n              "column" : 1,\n              "image" : "crane.jpg",\n              "line" : 6,\n              "message" : "The credit of image \"crane.jpg\" is only in its structured data, which readers do not see. Show it as a visible caption next to the image.",\n              "rule" : "credit-not-visible",\n              "severity" : "warning",\n              "suggestion" : "Max Muster"\n            }\n          ],\n          "fingerprint" : "3829070b2b12db26",\n          "license" : null,\n          "line" : 6,\n          "metadata" : {\n            "creditText" : "Max Muster",\n            "format" : "json-ld",\n            "line" : 1\n          },\n          "sources" : [\n\n          ],\n          "src" : "crane.jpg"\n        }\n      ],\n      "pageLicense" : {\n        "evidence" : "text+url",\n        "id" : "CC-BY-4.0",\n        "name" : "Attribution 4.0 International",\n        "url" : "https://creativecommons.org/licenses/by/4.0/"\n      },\n      "parseErrors" : 0,\n      "path" : "index.html",\n      "sha256" : "c69fcc8785dfd92e88e9c89f30773e326cd3933b441a9d5d1ae03f36658bd7dd",\n      "size" : 1030,\n      "skipped" : [\n        {\n          "line" : 2,\n          "reason" : "logo",\n          "src" : "logo.png"\n        },\n        {\n          "line" : 9,\n          "reason" : "tracking-pixel",\n          "src" : "https://stats.example.org/pixel.gif"\n        }\n      ]\n    }','\n',char(10)),NULL,'[["logo.png",2,"logo"],["https://stats.example.org/pixel.gif",9,"tracking-pixel"]]',2,NULL);
CREATE TABLE image (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    src TEXT NOT NULL,
    sources TEXT NOT NULL,
    element TEXT NOT NULL,
    line INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    alt TEXT, metadata TEXT, evidence TEXT, snippet TEXT, missing_parts TEXT, embedded TEXT,
    UNIQUE (document_id, ordinal)
);
INSERT INTO image VALUES(1,1,0,'harbour.jpg','[]','img',4,'73975743249786fc','The harbour at dawn',NULL,NULL,NULL,NULL,NULL);
INSERT INTO image VALUES(2,1,1,'crane.jpg','[]','img',6,'3829070b2b12db26','A crane','{"creditText":"Max Muster","format":"json-ld","line":1}',NULL,NULL,NULL,NULL);
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
INSERT INTO credit VALUES(2,'Max Muster',NULL,'Max Muster',NULL,NULL,NULL,NULL,NULL,0,'[]','structured-data',0,'{"author":{"element":"script[type=application\/ld+json]","line":1,"method":"json-ld","property":"creditText"},"text":{"element":"script[type=application\/ld+json]","line":1,"method":"json-ld","property":"creditText"}}');
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
INSERT INTO finding VALUES(3,1,1,2,0,'credit-not-visible','warning','The credit of image "crane.jpg" is only in its structured data, which readers do not see. Show it as a visible caption next to the image.',6,1,'crane.jpg','Max Muster');
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
CREATE TABLE reuse_entry (
    tool_version TEXT NOT NULL,
    options_fingerprint TEXT NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    PRIMARY KEY (tool_version, options_fingerprint, path, sha256)
) WITHOUT ROWID;
INSERT INTO reuse_entry VALUES('0.1.0','64a4bb280cdd7d78f546ec137863a89dd534a9127e905b947194b6d18157b41a','index.html','c69fcc8785dfd92e88e9c89f30773e326cd3933b441a9d5d1ae03f36658bd7dd',1);
CREATE TABLE file_stamp (
    path TEXT NOT NULL PRIMARY KEY,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    modified_ns INTEGER NOT NULL,
    changed_ns INTEGER NOT NULL,
    inode INTEGER NOT NULL,
    device INTEGER NOT NULL
) WITHOUT ROWID;
DELETE FROM sqlite_sequence;
INSERT INTO sqlite_sequence VALUES('run',1);
INSERT INTO sqlite_sequence VALUES('document',1);
INSERT INTO sqlite_sequence VALUES('image',2);
INSERT INTO sqlite_sequence VALUES('finding',3);
INSERT INTO sqlite_sequence VALUES('failed_file',1);
CREATE INDEX image_fingerprint ON image(fingerprint);
CREATE INDEX finding_run ON finding(run_id, severity);
CREATE INDEX finding_document ON finding(document_id, image_id, ordinal);
CREATE INDEX finding_image ON finding(image_id);
CREATE INDEX baselined_finding_document ON baselined_finding(document_id);
CREATE INDEX document_json ON document(json_document);
CREATE INDEX reuse_entry_document ON reuse_entry(document_id);
CREATE INDEX document_content ON document(content_document);
COMMIT;

extension CreditsRenderer {
    /// The register as one HTML page: no script, nothing remote, its own style.
    func html(_ register: CreditsRegister) -> String {
        let markup = CreditsMarkup.html
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; \
            base-uri 'none'; form-action 'none'">
            <meta name="referrer" content="no-referrer">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Image credits: \(markup.plain(register.root))</title>
            <style>
            body{margin:0 auto;max-width:60rem;padding:1.5rem;font:15px/1.5 system-ui,sans-serif}
            code{font-size:13px;word-break:break-all}h2{font-size:1.05rem;margin:1.25rem 0 .25rem}
            </style>
            </head>
            <body>
            <h1>Image credits</h1>

            """
        if register.credited.isEmpty { html += "<p>No credited images.</p>\n" }
        for (key, entries) in groups(register) {
            html += "<h2>\(markup.code(key))</h2>\n<ul>\n"
            for entry in entries {
                let place =
                    grouping == .page ? markup.code(entry.image) : "\(markup.code(entry.page)) line \(entry.line)"
                html += "<li>\(tasl(entry, markup)) <small>(\(place))</small></li>\n"
            }
            html += "</ul>\n"
        }
        html += "<h2>Images without a credit (\(register.uncredited.count))</h2>\n"
        if !register.uncredited.isEmpty {
            html += "<ul>\n"
            for missing in register.uncredited {
                html += "<li>\(markup.code(missing.page)) line \(missing.line): \(markup.code(missing.image))</li>\n"
            }
            html += "</ul>\n"
        }
        return html + "</body>\n</html>\n"
    }
}

import Crypto
import Foundation

/// The HTML report's fixed parts: its style sheet, its filter script and the
/// `Content-Security-Policy` that lets only those two run.
enum HTMLStyle {
    /// The style sheet, inline. Pages off screen are not laid out until scrolled to
    /// (`content-visibility`), which keeps a report of thousands of images quick to open.
    static let css = """
        :root{color-scheme:light dark;--fg:#1d2125;--muted:#5b636b;--bg:#fff;--panel:#f5f6f8;--line:#d5d9de;\
        --err:#c62828;--warn:#a35a00;--note:#1565c0;--ok:#2e7d32}
        @media (prefers-color-scheme:dark){:root{--fg:#e6e8eb;--muted:#9aa3ad;--bg:#15181b;--panel:#1f2327;\
        --line:#353b41;--err:#ef6b6b;--warn:#f0a848;--note:#6aa8f0;--ok:#6cc070}}
        *{box-sizing:border-box}[hidden]{display:none!important}
        body{margin:0;padding:1.5rem;font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);\
        background:var(--bg)}
        h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.05rem;margin:0;word-break:break-all}
        code{font:12.5px ui-monospace,Menlo,Consolas,monospace;word-break:break-all}
        small,.muted{color:var(--muted)}a{color:var(--note)}
        .verdict{font-weight:600;margin:.25rem 0}.fail{color:var(--err)}.pass{color:var(--ok)}
        .summary{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0}
        .summary>div{background:var(--panel);border:1px solid var(--line);border-radius:6px;padding:.75rem 1rem}
        .counts{display:grid;grid-template-columns:repeat(4,auto);gap:.25rem 1.25rem;margin:0}
        .counts dt{color:var(--muted)}.counts dd{margin:0;font-weight:600;font-size:1.2rem}
        table{border-collapse:collapse}td,th{padding:.15rem .6rem .15rem 0;text-align:left}td.n{text-align:right}
        .bars{list-style:none;margin:0;padding:0;min-width:16rem}.bars li{display:grid;\
        grid-template-columns:9rem 1fr 2.5rem;gap:.5rem;align-items:center}
        .bar{height:.8rem;background:var(--note);border-radius:2px}
        #filters{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;position:sticky;top:0;z-index:1;\
        background:var(--bg);padding:.5rem 0;border-bottom:1px solid var(--line)}
        .page{margin:1.25rem 0;padding-top:.5rem;border-top:1px solid var(--line);content-visibility:auto;\
        contain-intrinsic-size:auto 20rem}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(30rem,1fr));gap:.75rem;margin:.5rem 0}
        .card{display:grid;grid-template-columns:8rem 1fr;gap:.75rem;background:var(--panel);\
        border:1px solid var(--line);border-left:4px solid var(--ok);border-radius:6px;padding:.6rem}
        .card.error{border-left-color:var(--err)}.card.warning{border-left-color:var(--warn)}\
        .card.note{border-left-color:var(--note)}
        .thumb{width:8rem;height:6rem;display:flex;align-items:center;justify-content:center;overflow:hidden;\
        background:var(--bg);border:1px solid var(--line);border-radius:4px;font-size:11px;text-align:center}
        .thumb img{max-width:100%;max-height:100%}.thumb span{padding:.25rem;word-break:break-all;color:var(--muted)}
        .credit{margin:.35rem 0;padding:.3rem .5rem;border-left:3px solid var(--line);background:var(--bg)}
        .fields{display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem;margin:.35rem 0}
        .fields dt{color:var(--muted)}.fields dd{margin:0;word-break:break-word}
        .findings{margin:.35rem 0 0;padding-left:1.1rem}.findings li{margin:.15rem 0}
        .sev-error{color:var(--err)}.sev-warning{color:var(--warn)}.sev-note{color:var(--note)}
        .fix{color:var(--muted)}.fix code{color:var(--fg)}
        details{margin:.35rem 0}summary{cursor:pointer;color:var(--muted)}details ul{margin:.25rem 0}
        """

    /// The filter script: shows the filter bar, then hides the cards and pages a filter leaves
    /// out. The filters are kept in the address's fragment (`#rule=…&page=…&problems=1`), so a
    /// filtered view can be linked to. The report reads in full without it.
    static let script = """
        (function(){var d=document,f=d.getElementById('filters');if(!f)return;f.hidden=false;\
        d.documentElement.setAttribute('data-filters','on');\
        var r=d.getElementById('f-rule'),p=d.getElementById('f-page'),o=d.getElementById('f-problems'),\
        n=d.getElementById('f-count');\
        function apply(){var rule=r.value,page=p.value.toLowerCase(),only=o.checked,shown=0,active=rule||only;\
        d.querySelectorAll('section.page').forEach(function(s){\
        var pageOK=!page||s.getAttribute('data-page').toLowerCase().indexOf(page)>=0,any=false;\
        s.querySelectorAll('.item').forEach(function(c){var rules=c.getAttribute('data-rules');\
        var ok=pageOK&&(!rule||rules.indexOf(' '+rule+' ')>=0)&&(!only||rules.trim()!=='');\
        c.hidden=!ok;if(ok){any=true;if(c.classList.contains('card'))shown++;}});\
        s.hidden=!pageOK||(active&&!any);});\
        n.textContent=shown+(shown===1?' image shown':' images shown');\
        var q=new URLSearchParams();if(rule)q.set('rule',rule);if(p.value)q.set('page',p.value);\
        if(only)q.set('problems','1');var h=q.toString();\
        try{history.replaceState(null,'',location.href.split('#')[0]+(h?'#'+h:''));}catch(e){}}\
        var a=new URLSearchParams(location.hash.slice(1));r.value=a.get('rule')||'';p.value=a.get('page')||'';\
        o.checked=a.get('problems')==='1';\
        [r,p,o].forEach(function(e){e.addEventListener('input',apply);e.addEventListener('change',apply);});\
        apply();})();
        """

    /// The policy: nothing remote, no plug-ins, no forms, no base URL; images from the report's
    /// own location or embedded; inline style; only the script above (by its hash).
    static let contentSecurityPolicy: String = {
        let digest = Data(SHA256.hash(data: Data(script.utf8))).base64EncodedString()
        return "default-src 'none'; img-src 'self' file: data:; style-src 'unsafe-inline'; "
            + "script-src 'sha256-\(digest)'; base-uri 'none'; form-action 'none'"
    }()
}

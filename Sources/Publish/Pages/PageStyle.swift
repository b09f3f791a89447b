/// The parts every HTML page shares: the head (no external fetches are allowed by its content
/// security policy), the style sheet (screen and print) and the site index's search script.
enum PageStyle {
    /// The head up to the title; `{{#script}}` allows the page's own inline script.
    static let headStart = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex, nofollow">
        <meta name="referrer" content="no-referrer">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:{{#script}}; script-src 'unsafe-inline'{{/script}}">
        """

    /// The head after the title: the style sheet.
    static let headEnd = """
        <style>
        :root{--ink:#1d2330;--muted:#545c6a;--line:#cfd4dc;--accent:#1d5ba3;--soft:#eef3fa;--warn:#9a3c00;--fcfs:#b86e00}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
        main{max-width:62rem;margin:0 auto;padding:1.5rem 1rem 3rem}
        h1{font-size:1.7rem;line-height:1.2;margin:.2rem 0 1rem}
        h2{font-size:1.25rem;margin:2rem 0 .5rem}
        h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
        .event{color:var(--muted);margin:0}
        a{color:var(--accent)}
        a:focus,input:focus{outline:3px solid #f0b400;outline-offset:2px}
        .card{border:1px solid var(--line);border-radius:.5rem;padding:1rem 1.2rem;margin:1rem 0;break-inside:avoid}
        .card h2{margin-top:0}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}
        dl.facts dt{font-weight:600}
        dl.facts dd{margin:0}
        table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}
        caption{text-align:left;font-weight:600;padding:.3rem 0}
        th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
        thead th{background:var(--soft)}
        .num{text-align:right;font-variant-numeric:tabular-nums}
        .cancelled{color:var(--warn);font-weight:600}
        .note{background:var(--soft);border-left:4px solid var(--accent);padding:.1rem 1rem;margin:1rem 0}
        .actions a{display:inline-block;margin:.2rem 1rem .2rem 0}
        .bar{display:inline-block;height:.6rem;background:var(--accent);vertical-align:middle;margin-left:.4rem}
        .people{columns:18rem;padding-left:1.2rem}
        .people li{break-inside:avoid}
        .search input{font:inherit;padding:.3rem .5rem;min-width:16rem}
        .legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:middle}
        .optimal{background:var(--accent)}
        .fcfs{background:var(--fcfs)}
        figure{margin:1rem 0}
        figcaption{color:var(--muted);font-size:.9rem}
        svg{max-width:100%;height:auto}
        .heat td{text-align:center}
        @media print{body{font-size:10.5pt}main{max-width:none;padding:0}.actions,.search,nav{display:none}a{color:inherit;text-decoration:none}.card{border-color:#888}h2,h3{break-after:avoid}tr{break-inside:avoid}}
        </style>
        </head>
        """

    /// The site index's search: shows the people whose folded name contains the folded query.
    static let searchScript = """
        <script>
        (function () {
          var box = document.getElementById("q"), count = document.getElementById("count");
          var none = document.getElementById("none"), items = document.querySelectorAll("li[data-name]");
          function fold(s) { return s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase().replace(/\\s+/g, " ").trim(); }
          box.addEventListener("input", function () {
            var query = fold(box.value), shown = 0;
            items.forEach(function (li) {
              var match = query === "" || li.getAttribute("data-name").indexOf(query) >= 0;
              li.hidden = !match;
              if (match) { shown += 1; }
            });
            none.hidden = shown > 0;
            count.textContent = query === "" ? "" : String(shown);
          });
        })();
        </script>
        """
}

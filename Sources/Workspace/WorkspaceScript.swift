/// The workspace's only script, served as `/workspace.js` (the pages' policy allows no other):
/// files dropped on the upload area are sent with its form, and the plan page follows the
/// planning's lines as server-sent events. It puts text only (`textContent`), never HTML.
enum WorkspaceScript {
    static let text = """
        (function () {
          var drop = document.getElementById("drop"), input = document.getElementById("files");
          if (drop && input) {
            ["dragenter", "dragover"].forEach(function (name) {
              drop.addEventListener(name, function (e) { e.preventDefault(); drop.classList.add("over"); });
            });
            ["dragleave", "drop"].forEach(function (name) {
              drop.addEventListener(name, function (e) { e.preventDefault(); drop.classList.remove("over"); });
            });
            drop.addEventListener("drop", function (e) {
              input.files = e.dataTransfer.files;
              input.form.submit();
            });
          }
          var progress = document.getElementById("progress");
          if (progress && !progress.hidden) {
            var list = document.getElementById("progress-lines"), source = new EventSource(progress.getAttribute("data-events"));
            var first = true;
            function add(text, link) {
              if (first) { list.textContent = ""; first = false; }
              var li = document.createElement("li");
              if (link) { var a = document.createElement("a"); a.href = link; a.textContent = text; li.appendChild(a); }
              else { li.textContent = text; }
              list.appendChild(li);
            }
            source.addEventListener("line", function (e) { add(e.data); });
            var heading = document.getElementById("progress-heading");
            function ended() { source.close(); if (heading) { heading.textContent = heading.getAttribute("data-ended"); } }
            source.addEventListener("done", function (e) {
              var data = JSON.parse(e.data); add(data.line); add(data.report, data.link); ended();
            });
            source.addEventListener("failed", function (e) { add(e.data); ended(); });
          }
        })();
        """
}

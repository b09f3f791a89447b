import Foundation
import Hummingbird
import Import

/// Page 2, inputs: the files of the week, an upload (file picker or drag and drop) stored in the
/// week's folder, and every problem `validate` finds, errors first.
extension Workspace {
    func addInputs(to router: Router<WorkspaceContext>) {
        router.get("/inputs") { request, _ in
            await inputsPage(request)
        }
        router.post("/inputs/upload") { request, context in
            let (form, refusal) = try await form(request, context)
            guard let form else { return refusal! }
            let page = await renderer(request)
            let names = form.files.map { UploadName($0.name) }
            guard !form.files.isEmpty, names.allSatisfy({ $0 != nil }) else {
                return await inputsPage(request, message: page.phrase("wsBadFileName"), refused: true, status: .badRequest)
            }
            for (file, name) in zip(form.files, names) {
                try await week.store(file.data, as: name!, page: "inputs")
            }
            return await inputsPage(request, message: page.phrase("wsSaved", ["name": names.map { $0!.value }.joined(separator: ", ")]))
        }
        router.post("/inputs/import") { request, context in
            let (form, refusal) = try await form(request, context)
            guard form != nil else { return refusal! }
            let page = await renderer(request)
            let outcome = Importer.importSource(at: week.url)
            guard !week.isCanonical, !outcome.reading.hasErrors, outcome.reading.input != nil else {
                let errors = outcome.reading.diagnostics.filter(\.isError).count
                return await inputsPage(request, message: page.phrase("wsRefused", ["what": page.phrase("wsPlanInputErrors", ["errors": errors])]),
                                        refused: true, status: .conflict)
            }
            let names = try await week.writeImported(outcome, page: "inputs")
            return await inputsPage(request, message: page.phrase("wsImported", ["name": names.joined(separator: ", ")]))
        }
    }

    /// The inputs page, with the problems of the files as they are now.
    func inputsPage(_ request: Request, message: String? = nil, refused: Bool = false,
                    status: HTTPResponse.Status = .ok) async -> Response {
        let files = week.inputFiles()
        let source = files.isEmpty ? nil : await week.source()
        let reading = source?.reading
        let page = await renderer(request, reading: reading)
        let canonical = week.isCanonical
        var counts: [[String: Any]] = []
        if let imported = source?.imported {
            counts = imported.counts.map { ["source": $0.source, "kind": $0.kind, "rowsIn": $0.rowsIn, "rowsOut": $0.rowsOut] }
        } else if let input = reading?.input {
            counts = [(InputFolder.tableNames[0], input.hosts.count), (InputFolder.tableNames[1], input.sessions.count),
                      (InputFolder.tableNames[2], input.visitors.count), (InputFolder.pinsFile, input.pins.count)]
                .map { ["source": $0.0, "kind": String($0.0.prefix { $0 != "." }), "rowsIn": $0.1, "rowsOut": $0.1] }
        }
        let mapping = canonical || files.isEmpty ? nil : Importer.suggestMapping(at: week.url).text
        let problems = (reading?.diagnostics ?? []).enumerated()
            .sorted { ($0.element.isError ? 0 : 1, $0.offset) < ($1.element.isError ? 0 : 1, $1.offset) }.map(\.element)
        let keys: [String: Any] = [
            "limit": Self.sizeText(WorkspaceContext.uploadLimit),
            "files": files.map { ["name": $0.name, "size": Self.sizeText($0.size)] },
            "hasFiles": !files.isEmpty,
            "checked": reading != nil,
            "counts": counts, "hasCounts": !counts.isEmpty,
            "canImport": !canonical && reading?.input != nil && !(reading?.hasErrors ?? true),
            "mapping": mapping ?? false,
            "problems": problems.map(Self.problemKeys),
            "hasProblems": !problems.isEmpty,
            "errors": problems.filter(\.isError).count,
            "warnings": problems.filter { !$0.isError }.count,
        ]
        return page.page("wsInputs", keys, menu: "onInputs", message: message, refused: refused, status: status)
    }

    /// One problem as the table shows it: file, sheet, row, column (as a spreadsheet names it), what, found, suggestion.
    static func problemKeys(_ d: Diagnostic) -> [String: Any] {
        ["isError": d.isError, "file": d.file, "sheet": d.sheet ?? "", "row": d.line.map(String.init) ?? "",
         "column": d.cell.map { String($0.prefix { $0.isLetter }) } ?? d.column.map(String.init) ?? "",
         "message": d.message, "found": d.found ?? "",
         "suggestion": [d.expected.map { "→ \($0)" }, d.suggestion].compactMap { $0 }.joined(separator: " ")]
    }
}

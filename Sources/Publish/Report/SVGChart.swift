import Scheduling

/// Horizontal grouped bar charts as inline SVG: one row per category, one bar per series, the
/// value written after each bar, and a legend when the series are named. Accessible:
/// `role="img"` with a title; the report and the supply-and-demand page always show the same
/// figures in a table beside the chart. Colours are attributes, never `style`, so a page under a
/// strict Content-Security-Policy shows them.
struct SVGChart {
    /// A series of values, with the colour of its bars.
    struct Series {
        let color: String
        let values: [Double]
        let labels: [String]
        /// What the series counts, shown in the legend; nil for no legend entry.
        var name: String? = nil
    }

    let title: String
    let categories: [String]
    let series: [Series]
    /// The value of a full-length bar (100 for percentages).
    let scale: Double

    /// The chart as an `<svg>` element.
    var svg: String {
        let labelWidth = 230.0, barWidth = 380.0, barHeight = 11.0, gap = 9.0
        let rowHeight = Double(series.count) * barHeight + gap
        let names = series.compactMap(\.name)
        let rowsTop = names.isEmpty ? 26.0 : 44.0
        let height = Double(categories.count) * rowHeight + rowsTop + 4
        let width = labelWidth + barWidth + 70
        let id = "chart-" + String(SHA256.hex(title + categories.joined()).prefix(8))
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(id)\" "
            + "width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\">"
        out += "<title id=\"\(id)\">\(Self.escape(title))</title>"
        out += "<text x=\"0\" y=\"14\" font-size=\"13\" font-weight=\"bold\" fill=\"#1d2330\">\(Self.escape(title))</text>"
        out += legend()
        for (row, category) in categories.enumerated() {
            let top = rowsTop + Double(row) * rowHeight
            let label = category.count > 34 ? String(category.prefix(33)) + "…" : category
            out += "<text x=\"\(Self.number(labelWidth - 6))\" y=\"\(Self.number(top + rowHeight / 2))\" "
                + "text-anchor=\"end\" font-size=\"11\" fill=\"#1d2330\">\(Self.escape(label))</text>"
            for (k, s) in series.enumerated() {
                let value = row < s.values.count ? s.values[row] : 0
                let length = scale > 0 ? max(0, min(1, value / scale)) * barWidth : 0
                let y = top + Double(k) * barHeight
                out += "<rect x=\"\(Self.number(labelWidth))\" y=\"\(Self.number(y))\" width=\"\(Self.number(length))\" "
                    + "height=\"\(Self.number(barHeight - 2))\" fill=\"\(s.color)\"/>"
                let text = row < s.labels.count ? s.labels[row] : ""
                out += "<text x=\"\(Self.number(labelWidth + length + 4))\" y=\"\(Self.number(y + barHeight - 3))\" "
                    + "font-size=\"10\" fill=\"#1d2330\">\(Self.escape(text))</text>"
            }
        }
        return out + "</svg>"
    }

    /// A square of each named series' colour and its name, in a row under the title.
    private func legend() -> String {
        var out = "", x = 0.0
        for s in series {
            guard let name = s.name else { continue }
            out += "<rect x=\"\(Self.number(x))\" y=\"24\" width=\"10\" height=\"10\" fill=\"\(s.color)\"/>"
            out += "<text x=\"\(Self.number(x + 14))\" y=\"33\" font-size=\"11\" fill=\"#1d2330\">\(Self.escape(name))</text>"
            x += 14 + 6.5 * Double(name.count) + 18
        }
        return out
    }

    /// Text for SVG (XML) content and attributes.
    static func escape(_ text: String) -> String {
        text.replacingScalars(["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;"])
    }

    /// A coordinate with at most one decimal, written the same on every machine.
    private static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}

/// Writing a JSON value as text with a fixed, deterministic layout.
///
/// A container holding only scalars is written on one line (`{"a": 1, "b": null}`); any other
/// container puts each member on its own line, indented by two spaces per level. The text ends
/// with a newline. Non-ASCII characters are kept as UTF-8; quotes, backslashes and control
/// characters are escaped.
extension JSONValue {
    /// The whole document, newline-terminated.
    func document() -> String {
        var out = ""
        write(to: &out, indent: 0)
        out += "\n"
        return out
    }

    /// Appends this value, assuming the cursor is already at the value's position on the line.
    func write(to out: inout String, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            writeContainer(open: "[", close: "]", count: items.count,
                           flat: items.allSatisfy(\.isScalar), to: &out, indent: indent) { i, out, inner in
                items[i].write(to: &out, indent: inner)
            }
        case .object(let members):
            writeContainer(open: "{", close: "}", count: members.count,
                           flat: members.allSatisfy(\.value.isScalar), to: &out, indent: indent) { i, out, inner in
                JSONValue.writeString(members[i].key, to: &out)
                out += ": "
                members[i].value.write(to: &out, indent: inner)
            }
        }
    }

    private func writeContainer(open: String, close: String, count: Int, flat: Bool,
                                to out: inout String, indent: Int,
                                member: (Int, inout String, Int) -> Void) {
        out += open
        guard count > 0 else { out += close; return }
        if flat {
            for i in 0..<count {
                if i > 0 { out += ", " }
                member(i, &out, indent)
            }
        } else {
            let inner = indent + 1
            let pad = String(repeating: "  ", count: inner)
            for i in 0..<count {
                out += i == 0 ? "\n" : ",\n"
                out += pad
                member(i, &out, inner)
            }
            out += "\n" + String(repeating: "  ", count: indent)
        }
        out += close
    }

    /// Appends `s` as a quoted JSON string.
    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

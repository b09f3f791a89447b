import Scheduling

/// The mail-merge files of a set of mails, for a team that sends from its own mailbox: as a
/// Belgian Excel and LibreOffice open them (see `CSVText`: `;`, UTF-8 with a byte-order mark),
/// one column per field, so that they serve as the data source of Word's mail merge (with
/// Outlook) and of Thunderbird's Mail Merge add-on.
///
/// `mail-merge.csv` holds every mail; `mail-merge-fr.csv`, `-nl.csv` and `-en.csv` hold the mails
/// written in one language each, because Word takes one subject line per merge: a team merges
/// each language's file with that language's subject. Columns: `email`, `name`, `first_name`
/// (visitors), `language` (of the text), `recipient` (`visitor` or `host`), `subject`, `body`
/// (the whole text, with the person's own page link when the site's address was given),
/// `page_url` and `attachment` (a path relative to the plan folder, which Thunderbird's add-on
/// can attach; empty without one).
enum MailMerge {
    /// The header row.
    static let header = ["email", "name", "first_name", "language", "recipient", "subject", "body", "page_url", "attachment"]

    /// One file with `mails`, in their order.
    static func document(_ mails: [Mail]) -> String {
        CSVText.document([header] + mails.map { mail in
            [EmailAddress(mail.address)?.text ?? "", MarkdownText.oneLine(mail.name), mail.firstName ?? "",
             OutputLanguage(mail.language).rawValue, mail.recipient, mail.subject, mail.body, mail.pageURL ?? "",
             mail.attachment?.path ?? ""]
        })
    }

    /// `folder/mail-merge.csv` and one `folder/mail-merge-<language>.csv` per language that has a mail.
    static func files(_ mails: [Mail], folder: String) -> [PublishedFile] {
        var files = [PublishedFile(path: "\(folder)/mail-merge.csv", text: document(mails))]
        for language in OutputLanguage.allCases {
            let own = mails.filter { OutputLanguage($0.language) == language }
            if !own.isEmpty { files.append(PublishedFile(path: "\(folder)/mail-merge-\(language.rawValue).csv", text: document(own))) }
        }
        return files
    }
}

import Foundation
import Hummingbird
import Publish
import Scheduling

/// Page 3, supply and demand before matching: the figures and charts of `SupplyDemandPage`, made
/// from the week's files as they are now.
extension Workspace {
    func addSupply(to router: Router<WorkspaceContext>) {
        router.get("/supply") { request, _ in
            let reading = await week.reading()
            let page = await renderer(request, reading: reading)
            guard let input = reading.input else {
                return page.page("wsSupply", ["unreadable": true, "fragment": ""], menu: "onSupply")
            }
            let fragment = SupplyDemandPage.html(SupplyDemand(input: input), input: input,
                                                 language: Language(code: page.language) ?? .french)
            return page.page("wsSupply", ["unreadable": false, "fragment": fragment], menu: "onSupply")
        }
    }
}

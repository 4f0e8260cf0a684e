package check

// streetAddresses find a street address: a number and a street word in
// English, a German street with its house number, a Romance-language street
// name, an apartment or a post-office box.
var streetAddresses = [...]func(string) bool{usStreet, germanStreet, romanceStreet, frenchStreet, unitOrBox} // places.go

var checkContactNoStreetAddress = &Check{
	ID:       "contact.no-street-address",
	Category: Contact,
	Title:    "No full street address",
	Why:      "Nobody posts a letter to a candidate any more; a street address spends a line, invites bias about the neighbourhood or commute, and puts your home on every copy of the file.",
	Fix:      "Keep only the city and region or country: “Chicago, IL”.",
	Before:   "1234 N Lake Shore Dr, Apt 5B, Chicago, IL 60611",
	After:    "Chicago, IL",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		lines := in.lines()
		if len(lines) == 0 {
			return Result{}, false
		}
		head := in.header()
		if len(head) == 0 || len(head) > 12 {
			head = lines[:min(len(lines), 8)]
		}
		var ev []Evidence
		for _, l := range head {
			for _, street := range streetAddresses {
				if street(l.Text) {
					ev = append(ev, l.evidence())
					break
				}
			}
		}
		if len(ev) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No street address in the header."}, true
		}
		return Result{Status: Warn, Earned: 0.5, Evidence: ev,
			Message: "The header gives a full street address; the city and region or country are enough."}, true
	},
}

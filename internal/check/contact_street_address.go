package check

// streetAddressRes find a street address: a number and a street word in
// English, a German street with its house number, a Romance-language street
// name, an apartment or a post-office box.
var streetAddressRes = []*gatedRe{
	mustGate(`(?i)\b\d{1,5}[a-z]?\s+(?:[\p{L}.'’-]+\s+){0,4}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|terrace|ter|way|parkway|pkwy|highway|hwy|circle|cir|square|sq)\b\.?(?:\s|,|$)`),
	mustGate(`(?i)\b[\p{L}-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|damm)\s+\d{1,4}\s?[a-z]?\b`),
	mustGate(`(?i)\b(?:calle|c/|avenida|avda\.?|rua|via|viale|paseo|praça|travessa|carrer)\s+[\p{L} .'’-]{2,40}?,?\s*(?:n[º°o]\.?\s*)?\d{1,5}\b`),
	mustGate(`(?i)\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|boulevard|bd|chemin|allée|impasse|place|quai)\s+\p{L}`),
	mustGate(`(?i)\b(?:apt|apartment|suite|unit|flat)\.?\s*#?\s*\d+[a-z]?\b|\bp\.?\s?o\.?\s?box\s+\d+`),
}

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
			for _, re := range streetAddressRes {
				if l.facts().match(re) {
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

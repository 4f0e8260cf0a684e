package check

// placesWithPostcode find a place the parser's "City, Region" reader
// misses: "Austin, TX 78704", "10115 Berlin", "75002 Paris, France".
var placesWithPostcode = [...]func(string) bool{usPlace, postcodePlace}

// headerPlace finds a place with a postcode among the header lines.
func headerPlace(in *Input) (Evidence, bool) {
	for _, l := range in.header() {
		t := emailsToSpace(l.Text)
		for _, place := range placesWithPostcode {
			if place(t) {
				return l.evidence(), true
			}
		}
	}
	return Evidence{}, false
}

var checkContactLocation = &Check{
	ID:       "contact.location",
	Category: Contact,
	Title:    "Your city and region or country are given",
	Why:      "Recruiters filter candidates by location, and an ATS's distance search needs a city; without one you may drop out of every search with a radius.",
	Fix:      "Add your city and state, region or country to the header: “Chicago, IL” or “Berlin, Germany”. Add “open to remote” or “relocating to …” if that applies.",
	Before:   "Jane Doe · jane.doe@example.com",
	After:    "Jane Doe · jane.doe@example.com · Chicago, IL",
	Since:    "0.1.0",
	Weight:   3,
	Run: func(in *Input) (Result, bool) {
		loc := in.Resume.Basics.Location
		if loc == nil || loc.City == "" {
			if ev, ok := headerPlace(in); ok {
				return Result{Status: Pass, Earned: 1, Evidence: []Evidence{ev}, Message: "Location found in the header."}, true
			}
			return Result{Status: Warn, Earned: 0.25,
				Message: "No city with a region or country was found in the header (such as “Chicago, IL” or “Berlin, Germany”)."}, true
		}
		r := Result{Status: Pass, Earned: 1, Message: "Location found: " + loc.String() + "."}
		if ref, ok := in.Resume.Meta.ResumeScore.Provenance["basics.location"]; ok {
			r.Evidence = []Evidence{ref2ev(ref)}
		}
		return r, true
	},
}

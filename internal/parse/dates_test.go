package parse

import (
	"testing"
	"time"
)

func TestFindRange(t *testing.T) {
	asOf := time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		in, start, end string
		ongoing, amb   bool
	}{
		{"Acme — Jan 2020 – Mar 2022", "2020-01", "2022-03", false, false},
		{"January 2020 - Present", "2020-01", "", true, false},
		{"Jan. 2020 to Dec. 2021", "2020-01", "2021-12", false, false},
		{"01/2020 – 06/2021", "2020-01", "2021-06", false, false},
		{"2020-01 – 2021-02", "2020-01", "2021-02", false, false},
		{"2019 – Present", "2019", "", true, false},
		{"2019 – Current", "2019", "", true, false},
		{"2019 — heute", "2019", "", true, false},
		{"2018 - actualidad", "2018", "", true, false},
		{"Sep. 2025 – Apr. 2026", "2025-09", "2026-04", false, false},
		{"Sept 2018 – May 2023", "2018-09", "2023-05", false, false},
		{"01.03.2019 – 31.12.2021", "2019-03", "2021-12", false, false},
		{"März 2019 bis Dezember 2021", "2019-03", "2021-12", false, false},
		{"enero 2020 a diciembre 2021", "2020-01", "2021-12", false, false},
		{"janv. 2020 – déc. 2021", "2020-01", "2021-12", false, false},
		{"março 2020 até o momento", "2020-03", "", true, false},
		{"Summer 2021", "2021-06", "2021-06", false, true},
		{"May 2020", "2020-05", "2020-05", false, false},
		{"2015 — 2019", "2015", "2019", false, false},
		{"Attaché commercial depuis 2021", "2021", "", true, false},
		{"seit 03/2020", "2020-03", "", true, false},
		{"MÄRZ 2019 – DÉC. 2021", "2019-03", "2021-12", false, false},
	} {
		r, ok := FindRange(tc.in, asOf)
		if !ok {
			t.Errorf("%q: no range", tc.in)
			continue
		}
		if r.Start.String() != tc.start || r.End.String() != tc.end || r.Ongoing != tc.ongoing || r.Ambiguous != tc.amb {
			t.Errorf("%q: got %s–%s ongoing=%v amb=%v", tc.in, r.Start, r.End, r.Ongoing, r.Ambiguous)
		}
	}
	for _, s := range []string{"Built 40 services", "+1 (312) 555-0123", "Room 101"} {
		if r, ok := FindRange(s, asOf); ok {
			t.Errorf("%q: found %+v", s, r)
		}
	}
}

package engine

import (
	"testing"
	"time"
)

func TestDateLikeTheTimePackage(t *testing.T) {
	for _, s := range []string{"2026-11-27", "2024-02-29", "2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31",
		"2026-4-01", "26-04-01", "2026/04/01", "2026-04-0a", "", "2026-04-01x", "0001-01-01", "9999-12-31", "2000-02-29", "1900-02-29"} {
		want, werr := time.Parse(time.DateOnly, s)
		got, gerr := ParseDate(s)
		if (werr == nil) != (gerr == nil) || !got.Equal(want) {
			t.Errorf("%q: got %v %v, time.Parse %v %v", s, got, gerr, want, werr)
		}
		if werr == nil && FormatDate(got) != want.Format(time.DateOnly) {
			t.Errorf("%q: formatted %q", s, FormatDate(got))
		}
	}
	for d := time.Date(1999, 12, 25, 0, 0, 0, 0, time.UTC); d.Year() < 2001; d = d.AddDate(0, 0, 1) {
		if FormatDate(d) != d.Format(time.DateOnly) {
			t.Fatalf("%v: %q", d, FormatDate(d))
		}
	}
}

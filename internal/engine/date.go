package engine

import (
	"errors"
	"time"
)

// The faces read and print the reference date as YYYY-MM-DD. These two do
// what time.Parse and Time.Format do with time.DateOnly, without linking
// the time package's layout engine into the WebAssembly builds (about
// 13 KB gzip).

var errDate = errors.New("not a date as YYYY-MM-DD")

// ParseDate reads "2026-11-27" as midnight UTC, refusing what
// time.Parse(time.DateOnly, s) refuses.
func ParseDate(s string) (time.Time, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, errDate
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return time.Time{}, errDate
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), nil
}

// FormatDate prints t's date as YYYY-MM-DD.
func FormatDate(t time.Time) string {
	y, m, d := t.Date()
	y = min(max(y, 0), 9999) // a reference date is never outside; ParseDate cannot make one
	b := []byte("0000-00-00")
	put := func(at, v, n int) {
		for i := at + n - 1; i >= at; i-- {
			b[i] = byte('0' + v%10)
			v /= 10
		}
	}
	put(0, y, 4)
	put(5, int(m), 2)
	put(8, d, 2)
	return string(b)
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

package parse

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a month or a year; Month is 0 when only the year is known.
type Date struct {
	Year, Month int
}

// String formats a date as JSON Resume wants it: YYYY-MM or YYYY.
func (d Date) String() string {
	if d.Year == 0 {
		return ""
	}
	if d.Month == 0 {
		return strconv.Itoa(d.Year)
	}
	return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
}

// Before says whether d starts before e, comparing at the coarser precision.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year || d.Month == 0 || e.Month == 0 {
		return d.Year < e.Year
	}
	return d.Month < e.Month
}

// Range is a span of time found in a line of text.
type Range struct {
	Start, End Date
	Ongoing    bool   // "– Present": End is empty
	Ambiguous  bool   // a season or a two-digit year was read
	Text       string // the matched text
	// StartText and EndText are the two dates as printed ("Jan 2020",
	// "03/2021"); EndText is "" for a lone date and holds the word for an
	// ongoing range ("Present").
	StartText, EndText string
}

// monthNames maps month names and abbreviations in English, Spanish, German,
// French and Portuguese to their number. Abbreviations may end in a period.
var monthNames = func() map[string]int {
	out := map[string]int{}
	for m, names := range [12]string{
		"jan january enero ene januar jän jänner janvier janv janeiro",
		"feb february febrero februar février févr fevereiro fev",
		"mar march marzo märz mrz mars março",
		"apr april abril abr avril avr",
		"may mayo mai maio",
		"jun june junio juni juin junho",
		"jul july julio juli juillet juil julho",
		"aug august agosto ago août aout",
		"sep sept september septiembre setiembre set septembre setembro",
		"oct october octubre oktober okt octobre outubro out",
		"nov november noviembre novembre novembro",
		"dec december diciembre dic dezember dez décembre déc dezembro",
	} {
		for _, n := range strings.Fields(names) {
			out[n] = m + 1
		}
	}
	return out
}()

// seasons map to the month they start in (northern hemisphere), and make a
// date ambiguous.
var seasons = map[string]int{
	"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12,
	"primavera": 3, "verano": 6, "otoño": 9, "invierno": 12,
	"frühling": 3, "sommer": 6, "herbst": 9, "été": 6, "automne": 9, "hiver": 12, "printemps": 3,
	"verão": 6, "outono": 9, "inverno": 12,
}

// presentWords end a range that is still going on, longest first so that
// "presente" is tried before "present".
var presentWords = func() []string {
	w := strings.Split("present|current|currently|now|today|ongoing|date|heute|jetzt|aktuell|actualidad|presente|actual|actualmente|atual|atualmente|aujourd'hui|aujourd’hui|maintenant|en cours|à ce jour|o momento|hoje|hoy|the present", "|")
	sortByLenDesc(w)
	return w
}()

// rangeWords join the two dates of a range: "2019 to 2021", "2019 bis 2021".
var rangeWords = []string{"to", "bis", "a", "au", "à", "hasta", "até", "until", "till"}

func sortByLenDesc(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && (len(s[j]) > len(s[j-1]) || len(s[j]) == len(s[j-1]) && s[j] < s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// FindRange returns the first date or date range in line. A lone date is a
// range whose start and end are the same, as for a graduation date.
func FindRange(line string, asOf time.Time) (Range, bool) {
	if !mayHoldDate(line) {
		return Range{}, false
	}
	// The scanner reads a lower-cased copy: folding ASCII only keeps every
	// offset valid in the original.
	low := lowerASCII(line)
	for from := 0; ; {
		m, ok := nextRange(low, from)
		if !ok {
			return Range{}, false
		}
		from = m.end
		start, amb1, ok := readDate(line[m.start:m.firstEnd])
		if !ok {
			continue
		}
		r := Range{Start: start, End: start, Ambiguous: amb1, Text: strings.TrimSpace(line[m.start:m.end]), StartText: line[m.start:m.firstEnd]}
		if m.second >= 0 {
			r.EndText = line[m.second:m.end]
			if end, amb2, ok := readDate(line[m.second:m.end]); ok {
				r.End, r.Ambiguous = end, r.Ambiguous || amb2
			} else {
				r.End, r.Ongoing = Date{}, true
			}
		} else if afterSince(line[:m.start]) {
			// "since 2021", "depuis 2021", "seit 2021": a lone start is ongoing.
			r.End, r.Ongoing = Date{}, true
		}
		if r.Ongoing && !asOf.IsZero() && asOf.Year() < r.Start.Year {
			r.Ambiguous = true
		}
		return r, true
	}
}

// sinceWords, right before a lone start date, make it ongoing.
var sinceWords = []string{"since", "depuis", "seit", "desde", "dal", "from"}

// afterSince says whether before ends with a since-word (then spaces) that
// starts the text or follows a space.
func afterSince(before string) bool {
	before = strings.TrimRight(before, " \t\n\f\r")
	for _, w := range sinceWords {
		n := len(before) - len(w)
		if n >= 0 && strings.EqualFold(before[n:], w) && (n == 0 || isSpace(before[n-1])) {
			return true
		}
	}
	return false
}

// lowerASCII lower-cases ASCII letters only, so byte offsets stay valid;
// accented capitals are folded by the patterns that list them.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// mayHoldDate is a cheap test that spares most lines the date expression:
// every date shape has a run of four digits or an apostrophe year ('21).
func mayHoldDate(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			run++
			if run == 4 {
				return true
			}
		case c == '\'' && i+2 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			return true
		default:
			run = 0
		}
	}
	return false
}

// readDate reads one date the scanner found (see datescan.go).
func readDate(s string) (Date, bool, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if m1, m2, m3, ok := readNumericDate(s); ok {
		a, _ := strconv.Atoi(m1)
		b, _ := strconv.Atoi(m2)
		switch {
		case m3 != "": // three parts: DD.MM.YYYY with dots, MM/DD/YYYY with slashes
			y, _ := strconv.Atoi(m3)
			month := b
			if strings.Contains(s, "/") && a <= 12 {
				month = a
			}
			return valid(Date{y, month})
		case len(m1) == 4: // 2020-01
			return valid(Date{a, b})
		}
		// 01/2020: the year was the second group's match plus the rest.
	}
	if i := strings.LastIndexAny(s, "./-"); i > 0 && i < len(s)-1 && isDigits(s[:i]) && isDigits(s[i+1:]) && len(s[i+1:]) == 4 {
		m, _ := strconv.Atoi(s[:i])
		y, _ := strconv.Atoi(s[i+1:])
		return valid(Date{y, m})
	}
	if isDigits(s) && len(s) == 4 {
		y, _ := strconv.Atoi(s)
		return valid(Date{y, 0})
	}
	// A name and a year.
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
	if len(fields) < 2 {
		return Date{}, false, false
	}
	name, yearText := fields[0], fields[len(fields)-1]
	ambiguous := false
	var year int
	if strings.HasPrefix(yearText, "'") {
		y, _ := strconv.Atoi(yearText[1:])
		year, ambiguous = 2000+y, true
	} else {
		year, _ = strconv.Atoi(yearText)
	}
	if m, ok := monthNames[name]; ok {
		d, _, ok := valid(Date{year, m})
		return d, ambiguous, ok
	}
	if m, ok := seasons[name]; ok {
		d, _, ok := valid(Date{year, m})
		return d, true, ok
	}
	return Date{}, false, false
}

func valid(d Date) (Date, bool, bool) {
	if d.Year < 1950 || d.Year > 2100 || d.Month < 0 || d.Month > 12 {
		return Date{}, false, false
	}
	return d, false, true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

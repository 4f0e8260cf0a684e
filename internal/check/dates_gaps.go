package check

import (
	"sort"
	"strconv"
	"strings"
)

var checkDatesGaps = &Check{
	ID:       "dates.gaps",
	Category: Dates,
	Title:    "Any gap of more than six months is explained",
	Why:      "Time between roles is common and no failing, but an unexplained gap makes a reader guess; some ATS flag gaps for recruiters.",
	Fix:      "Add a one-line entry for the time: study, caregiving, travel, a sabbatical, freelance work or a job search all read well when named.",
	Before:   "Analyst, Initech  Mar 2018 – Jan 2020\nAnalyst, Globex  Mar 2021 – Present",
	After:    "Analyst, Initech  Mar 2018 – Jan 2020\nCareer break (family care)  Feb 2020 – Feb 2021\nAnalyst, Globex  Mar 2021 – Present",
	Since:    "0.1.0",
	Weight:   2,
	Run: func(in *Input) (Result, bool) {
		gaps, ok := timelineGaps(in, 6)
		if !ok {
			return Result{}, false
		}
		if len(gaps) == 0 {
			return Result{Status: Pass, Earned: 1, Message: "No gap longer than six months between roles."}, true
		}
		var ev []Evidence
		var parts []string
		for _, g := range gaps {
			parts = append(parts, g.describe())
			ev = append(ev, g.Evidence...)
		}
		earned := max(0.4, 1-0.2*float64(len(gaps)))
		return Result{Status: Warn, Earned: earned, Evidence: ev,
			Message: "Found " + nOf(len(gaps), "gap", "gaps") + " over six months: " + strings.Join(parts, "; ") +
				". Gaps are common; a one-line note on what you did saves the reader a guess."}, true
	},
}

// timelineGap is a stretch of months no dated entry covers.
type timelineGap struct {
	From, To int  // first and last uncovered month
	Open     bool // runs to the reference date
	Evidence []Evidence
}

func (g timelineGap) months() int { return g.To - g.From + 1 }

func (g timelineGap) describe() string {
	if g.Open {
		return strconv.Itoa(g.months()) + " months since " + monthName(g.From-1) + " with no current role"
	}
	return strconv.Itoa(g.months()) + " months (" + monthName(g.From) + " – " + monthName(g.To) + ")"
}

// timelineGaps finds the gaps longer than limit months in the career: from
// the first role's start to the reference date, what no role, degree or
// dated project covers. Year-only dates are read at their widest so that
// they never make a gap. ok=false when no experience role is dated.
func timelineGaps(in *Input, limit int) ([]timelineGap, bool) {
	type item struct {
		from, to int
		ev       Evidence
		role     bool
	}
	var items []item
	first := -1
	for _, s := range roleSpans(in) {
		if !s.Dated {
			continue
		}
		a, b := spanMonths(in, s, roundWide)
		items = append(items, item{a, b, s.Evidence, true})
		if s.Kind != "volunteer" && (first < 0 || a < first) {
			first = a
		}
	}
	if first < 0 {
		return nil, false
	}
	res := in.Resume
	for i, e := range res.Education {
		from, okF := readResumeDate(e.StartDate)
		to, okT := readResumeDate(e.EndDate)
		if !okF && !okT {
			continue
		}
		if !okF {
			from = to
		}
		a, b := startMonth(from, roundWide), 0
		if okT {
			b = endMonth(to, roundWide)
		} else if now, ok := asOfMonth(in); ok {
			b = now
		} else {
			b = a
		}
		items = append(items, item{from: a, to: b, ev: ref2ev(res.Meta.ResumeScore.Provenance["education["+strconv.Itoa(i)+"]"])})
	}
	for _, p := range res.Projects {
		from, okF := readResumeDate(p.StartDate)
		if !okF {
			continue
		}
		to, okT := readResumeDate(p.EndDate)
		b := endMonth(from, roundWide)
		if okT {
			b = endMonth(to, roundWide)
		} else if now, ok := asOfMonth(in); ok {
			b = now
		}
		items = append(items, item{from: startMonth(from, roundWide), to: b})
	}
	now, hasNow := asOfMonth(in)
	var kept []item
	for _, it := range items {
		if it.to < first {
			continue
		}
		it.from = max(it.from, first)
		if hasNow {
			it.to = min(it.to, now)
		}
		if it.to >= it.from {
			kept = append(kept, it)
		}
	}
	if len(kept) == 0 {
		return nil, false // the reference date lies before the first role: no timeline to read
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].from < kept[j].from })
	var gaps []timelineGap
	covTo := kept[0].to
	lastEv := kept[0].ev
	for _, it := range kept[1:] {
		if n := it.from - covTo - 1; n > limit {
			gaps = append(gaps, timelineGap{From: covTo + 1, To: it.from - 1, Evidence: nonEmptyEv(lastEv, it.ev)})
		}
		if it.to > covTo {
			covTo, lastEv = it.to, it.ev
		}
	}
	if hasNow && now-covTo-1 > limit {
		gaps = append(gaps, timelineGap{From: covTo + 1, To: now - 1, Open: true, Evidence: nonEmptyEv(lastEv)})
	}
	return gaps, true
}

func nonEmptyEv(evs ...Evidence) []Evidence {
	var out []Evidence
	for _, e := range evs {
		if e.Text != "" || e.Line != 0 {
			out = append(out, e)
		}
	}
	return out
}

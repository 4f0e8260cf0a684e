package check

import (
	"strings"

	"github.com/resumescore/resumescore/internal/bloom"
)

// textInfo holds what the checks find in one piece of text (a bullet, a
// prose line, a line of the Document), each worked out on first use. The
// package's helpers over a text (hasMetric, openerOf, passiveVoice …) are
// methods here; the plain functions make a fresh textInfo, the checks share
// one per distinct text through Input.text.
type textInfo struct {
	s     string
	known uint64 // facts worked out
	val   uint64 // their values, for the yes/no ones

	lowerS string
	alowS  string
	runsS  []wordRun
	wordsS []string
	setsS  []uint16   // per word, firstWordSets: the phrase sets it may open
	lists  []listHits // the detectors' hits, in the order worked out
	gramsS *gramSet
	more   *textMore // the facts only bullets and prose ask for
}

// textMore holds the facts read from bullets and prose, not from every
// line: apart, they keep the facts of a line small.
type textMore struct {
	qs       []quantity
	spelledS []string
	op       *opener     // the opener read without a role's verbs
	opRole   *roleOpener // the opener read with a role's verb table
	implS    string
	sevS     string
	issuesS  []issue
}

// extra returns t's textMore, made on first use.
func (t *textInfo) extra() *textMore {
	if t.more == nil {
		t.more = &textMore{}
	}
	return t.more
}

// Facts, as bits of known and val.
const (
	fLower uint64 = 1 << iota
	fWords
	fQuantities
	fSpelled
	fOpener
	fMetric
	fResultRe
	fPurpose
	fResult
	fScopeRe
	fScope
	fScale
	fHow
	fDutyOnly
	fImplausible
	fSeveral
	fIssues
	fShouting
	fAlow
	fRuns
	fFoldRisk
	fWordSets
	fListBase // first of nLists bits for lists
)

// The word lists and detectors whose hits are kept per text.
const (
	lPlaceholders = iota
	lFirstPerson
	lPassive
	lBuzz
	lCliches
	lVague
	lHedges
	lSlop
	lTone
	lInformal
	lNumerals
	lMisspelt
	lTechNames
	nLists
)

// roleOpener is an opener read with a role's extra strong verbs.
type roleOpener struct {
	x *verbExtra
	o opener
}

func newText(s string) *textInfo { return &textInfo{s: s} }

// once reports whether fact f is still to be worked out, and marks it done.
func (t *textInfo) once(f uint64) bool {
	if t.known&f != 0 {
		return false
	}
	t.known |= f
	return true
}

func (t *textInfo) set(f uint64, v bool) bool {
	if v {
		t.val |= f
	}
	return v
}

func (t *textInfo) get(f uint64) bool { return t.val&f != 0 }

func (t *textInfo) lower() string {
	if t.once(fLower) {
		t.lowerS = strings.ToLower(t.s)
	}
	return t.lowerS
}

func (t *textInfo) words() []string {
	if t.once(fWords) {
		t.wordsS = words(t.s)
	}
	return t.wordsS
}

// wordSets is, for each of words(), the phrase sets with an entry that
// starts with it: one lookup per word serves every set (phraseSet.in).
func (t *textInfo) wordSets() []uint16 {
	if t.once(fWordSets) {
		ws := t.words()
		t.setsS = make([]uint16, len(ws))
		for i, w := range ws {
			if firstWordFilter.May(bloom.Hash(w)) {
				t.setsS[i] = firstWordSets[w]
			}
		}
	}
	return t.setsS
}

// match runs an expression's fast path over the text. Where the text holds
// the long s or the Kelvin sign the fast path reads it as no letter, where
// the expression folded it to s or k (see fastmatch_test.go).
func (t *textInfo) match(g *gatedRe) bool { return g.fast.match(t) }

// listHits is one detector's hits in a text.
type listHits struct {
	i    int
	hits []string
}

// list returns a detector's hits, worked out once.
func (t *textInfo) list(i int, find func(*textInfo) []string) []string {
	if t.once(fListBase << i) {
		hits := find(t)
		if len(hits) > 0 { // most texts have none: an absent entry reads as nil
			t.lists = append(t.lists, listHits{i, hits})
		}
		return hits
	}
	for _, l := range t.lists {
		if l.i == i {
			return l.hits
		}
	}
	return nil
}

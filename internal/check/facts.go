package check

import (
	"strings"
	"sync"

	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/roles"
)

// What several checks read from one résumé is worked out once per Input and
// kept here: the Document's lines, the prose, the bullets, the links, and for
// each distinct piece of text (a bullet, a line) what the word lists, verb
// tables and patterns find in it. Every value is a pure function of the
// Input, so keeping it changes no result, only how often it is computed.
// Slices handed out are capped (s[:n:n]) so that an append by a caller
// copies instead of writing into the cache.

// memo is the per-Input cache; see Input.m.
type memo struct {
	pageWords  []int // words on each page of Doc, once counted
	lines      []docLine
	lineInfos  []textInfo
	linesDone  bool
	header     []docLine
	headerDone bool
	docEv      []Evidence
	docEvDone  bool
	docEvT     []*textInfo // the facts of each docEv text, once looked up
	prose      []unit
	proseDone  bool
	proseEv    []Evidence
	proseEvOK  bool
	proseEvT   []*textInfo
	expRoles   []roleSpan
	expRolesOK bool
	english    int8 // 0 unknown, 1 no, 2 yes
	bullets    []Evidence
	bulletsOK  bool
	roles      []role
	rolesDone  bool
	links      []docLink
	linksDone  bool
	docText    string
	docTextOK  bool
	words      int
	sizes      map[float64]float64 // sizeShares
	texts      map[string]*textInfo
	slab       []textInfo // where text's textInfos live
	ranges     map[string]rangeHit
}

// rangeHit is a cached parse.FindRange result.
type rangeHit struct {
	r  parse.Range
	ok bool
}

// m returns the Input's cache, creating it on first use.
func (in *Input) m() *memo {
	if in.memo == nil {
		in.memo = &memo{}
	}
	return in.memo
}

func capped[T any](s []T) []T { return s[:len(s):len(s)] }

// lines returns the Document's non-blank lines, each with its text facts.
func (in *Input) lines() []docLine {
	m := in.m()
	if !m.linesDone {
		m.linesDone = true
		m.lines = nonBlankLines(in.Doc)
		m.lineInfos = make([]textInfo, len(m.lines))
		if m.texts == nil {
			m.texts = make(map[string]*textInfo, len(m.lines)+32)
		}
		for i := range m.lines {
			t := &m.lineInfos[i]
			t.s = m.lines[i].Text
			m.lines[i].info = t
			// A line's evidence is its trimmed text: when that is the line
			// itself, the checks that read lines and those that read
			// evidence share one set of facts.
			if _, ok := m.texts[t.s]; !ok && strings.TrimSpace(t.s) == t.s {
				m.texts[t.s] = t
			}
		}
	}
	return capped(m.lines)
}

// header returns the lines above the first section heading, once (see
// headerLines).
func (in *Input) header() []docLine {
	m := in.m()
	if !m.headerDone {
		m.headerDone = true
		m.header = headerLines(in, in.lines())
	}
	return capped(m.header)
}

// docText is in.Doc.Text(), once.
func (in *Input) docText() string {
	m := in.m()
	if !m.docTextOK {
		m.docTextOK = true
		m.docText = in.Doc.Text()
	}
	return m.docText
}

// pageWords returns the number of words (strings.Fields) on each page.
func (in *Input) pageWords() []int {
	in.countWords()
	return in.m().pageWords
}

// countWords fills the two word counts the checks use in one walk of the
// text: words as strings.Fields splits them, by page, and the document's
// word count as extract.Document.WordCount has it (split at spaces and
// tabs only).
func (in *Input) countWords() {
	m := in.m()
	if m.pageWords != nil {
		return
	}
	m.pageWords = make([]int, len(in.Doc.Pages))
	for i, p := range in.Doc.Pages {
		for _, l := range p.Lines {
			fields, words := countBoth(l.Text)
			m.pageWords[i] += fields
			m.words += words
		}
	}
}

// WordCount is in.Doc.WordCount(), counted once for the checks and the
// report.
func (in *Input) WordCount() int { return in.docWords() }

// docWords is in.Doc.WordCount(), once.
func (in *Input) docWords() int {
	in.countWords()
	return in.m().words
}

// text returns the facts of a piece of text, kept per Input.
func (in *Input) text(s string) *textInfo {
	m := in.m()
	if t, ok := m.texts[s]; ok {
		return t
	}
	if m.texts == nil {
		m.texts = map[string]*textInfo{}
	}
	// textInfos come from a slab: one allocation for many texts.
	if len(m.slab) == cap(m.slab) {
		m.slab = make([]textInfo, 0, 32)
	}
	m.slab = append(m.slab, textInfo{s: s})
	t := &m.slab[len(m.slab)-1]
	m.texts[s] = t
	return t
}

// findRange is parse.FindRange at the Input's reference date, once per text.
func (in *Input) findRange(s string) (parse.Range, bool) {
	m := in.m()
	if h, ok := m.ranges[s]; ok {
		return h.r, h.ok
	}
	if m.ranges == nil {
		m.ranges = map[string]rangeHit{}
	}
	r, ok := parse.FindRange(s, in.AsOf)
	m.ranges[s] = rangeHit{r, ok}
	return r, ok
}

// guideFor returns a role's bullet guidance, once per role.
func guideFor(p *roles.Profile) *guide {
	if gd, ok := guides.Load(p); ok {
		return gd.(*guide)
	}
	gd, _ := guides.LoadOrStore(p, newGuide(GuidanceFor(p)))
	return gd.(*guide)
}

// guides holds each role profile's bullet guide, built on first use: a
// profile never changes, and a guide is read-only once built, so every
// résumé (and goroutine) shares it.
var guides sync.Map // *roles.Profile → *guide

// BulletScore is ScoreBulletFor with what the checks already worked out
// about the text reused.
func (in *Input) BulletScore(text string, p *roles.Profile) BulletResult {
	return scoreBulletInfo(in.text(strings.TrimSpace(text)), guideFor(p))
}

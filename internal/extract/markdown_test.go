package extract

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The expressions the matchers in markdown.go stand for.
var (
	tabRunRe    = regexp.MustCompile(`[ ]*\t[\t ]*`)
	mdHeadingRe = regexp.MustCompile(`^(#{1,6})\s+(.*?)\s*#*\s*$`)
	mdListRe    = regexp.MustCompile(`^(\s*)(?:[-*+]|\d{1,2}[.)])\s+(.*)$`)
	mdLinkRe    = regexp.MustCompile(`!?\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)`)
	mdAutoRe    = regexp.MustCompile(`<((?:https?://|mailto:)[^>\s]+)>`)
	mdEmphRe    = regexp.MustCompile(`(\*\*|__)(.+?)(\*\*|__)|(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_]([^\w*]|$)`)
	mdRuleRe    = regexp.MustCompile(`^\s*(?:[-*_]\s*){3,}$`)
)

// markdownLines are generated lines dense in what the patterns look at.
func markdownLines(n int) []string {
	rng := rand.New(rand.NewSource(1))
	atoms := []string{"#", "##", "###", "####### ", " ", "  ", "\t", "\n", "\f", "\r", "*", "**", "_", "__", "-", "+", "1", "12", "123", ".", ")", "(", "[", "]", "![", "](", "!", "<", ">", "\"", "a", "b", "x_y", "é", "—", "\xff", "http://", "https://", "mailto:", "ftp://", "a.b/c", "word", "Z9", "[a]", "[x y]", "(u)", "(u/v", " \"t\")", "(u \"t\")", "[l](", "<http://a.b", "<mailto:x@y", "x>", "<https://e.f>", ">"}
	out := []string{"", "#", "# ", "# x #", "- item", "10. item", "  * x", "***", "- - -", "[a](b)", "![a](b \"t\")", "<https://x.y>", "**b**", "*i*", "_i_ x", "a *b* c"}
	for len(out) < n {
		var b strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			b.WriteString(atoms[rng.Intn(len(atoms))])
		}
		out = append(out, b.String())
	}
	return out
}

// Each matcher does what its expression does.
func TestMarkdownMatchersLikeRegexp(t *testing.T) {
	bad := 0
	fail := func(f string, l string, got, want any) {
		if bad++; bad <= 30 {
			t.Errorf("%s(%+q) = %+q, regexp %+q", f, l, got, want)
		}
	}
	var hits [6]int
	for _, l := range markdownLines(100000) {
		for i, re := range []*regexp.Regexp{mdHeadingRe, mdListRe, mdLinkRe, mdAutoRe, mdEmphRe, mdRuleRe} {
			if re.MatchString(l) {
				hits[i]++
			}
		}
		if got, want := collapseTabRuns(l), tabRunRe.ReplaceAllString(l, "\t"); got != want {
			fail("collapseTabRuns", l, got, want)
		}
		m := mdHeadingRe.FindStringSubmatch(l)
		if level, text, ok := mdHeading(l); ok != (m != nil) || ok && (level != len(m[1]) || text != m[2]) {
			fail("mdHeading", l, []any{level, text, ok}, m)
		}
		m = mdListRe.FindStringSubmatch(l)
		if indented, text, ok := mdListItem(l); ok != (m != nil) || ok && (indented != (m[1] != "") || text != m[2]) {
			fail("mdListItem", l, []any{indented, text, ok}, m)
		}
		if got, want := hasMdLink(l), mdLinkRe.MatchString(l); got != want {
			fail("hasMdLink", l, got, want)
		}
		var gotURIs, wantURIs []string
		got := replaceMdLinks(l, func(text, target string, image bool) string {
			gotURIs = append(gotURIs, target)
			if image {
				return ""
			}
			return "<" + text + ">"
		})
		want := mdLinkRe.ReplaceAllStringFunc(l, func(s string) string {
			m := mdLinkRe.FindStringSubmatch(s)
			wantURIs = append(wantURIs, m[2])
			if strings.HasPrefix(s, "!") {
				return ""
			}
			return "<" + m[1] + ">"
		})
		if got != want || strings.Join(gotURIs, "\x00") != strings.Join(wantURIs, "\x00") {
			fail("replaceMdLinks", l, []any{got, gotURIs}, []any{want, wantURIs})
		}
		if got, want := unwrapAutolinks(l), mdAutoRe.ReplaceAllString(l, "$1"); got != want {
			fail("unwrapAutolinks", l, got, want)
		}
		got, found := replaceMdEmphasis(l)
		if want := mdEmphRe.ReplaceAllString(l, "$2$4$5$6"); got != want || found != mdEmphRe.MatchString(l) {
			fail("replaceMdEmphasis", l, []any{got, found}, want)
		}
		if got, want := isMdRule(l), mdRuleRe.MatchString(l); got != want {
			fail("isMdRule", l, got, want)
		}
	}
	for i, n := range hits {
		if n < 50 {
			t.Errorf("expression %d matched only %d generated lines", i, n)
		}
	}
	t.Logf("lines matched by each expression: %v", hits)
}

package textmatch

import (
	"regexp"
	"strings"
	"testing"
)

func TestFoldAtLikeRegexp(t *testing.T) {
	for _, c := range []struct {
		s, lit string
		want   int
	}{
		{"Master of", "master", 6}, {"MASTER", "master", 6}, {"maste", "master", -1},
		{"\u212Aotlin", "kotlin", len("\u212Aotlin")}, {"Diplôme", "diplôme", len("Diplôme")}, {"DIPLÔME", "diplôme", len("DIPLÔME")},
		{"ſcience", "science", len("ſcience")}, {"x", "", 0},
	} {
		if got := FoldAt(c.s, 0, c.lit); got != c.want {
			t.Errorf("FoldAt(%q, %q) = %d, want %d", c.s, c.lit, got, c.want)
		}
		re := regexp.MustCompile(`(?i)^` + regexp.QuoteMeta(c.lit))
		if m := re.FindStringIndex(c.s); (m != nil) != (c.want >= 0) || m != nil && m[1] != c.want {
			t.Errorf("%q, %q: regexp says %v", c.s, c.lit, m)
		}
	}
}

func TestSpaceWordBoundary(t *testing.T) {
	s := "a b\tc_d\u00a0e"
	for i := 0; i <= len(s); i++ {
		re := regexp.MustCompile(`\b`)
		want := false
		for _, m := range re.FindAllStringIndex(s, -1) {
			if m[0] == i {
				want = true
			}
		}
		if Boundary(s, i) != want {
			t.Errorf("Boundary at %d = %v", i, !want)
		}
	}
	sp := regexp.MustCompile(`\s`)
	w := regexp.MustCompile(`\w`)
	for c := 0; c < 128; c++ {
		if Space(byte(c)) != sp.MatchString(string(rune(c))) || Word(byte(c)) != w.MatchString(string(rune(c))) {
			t.Errorf("byte %d", c)
		}
	}
	if SkipSpaces(" \t x", 0) != 3 {
		t.Error("SkipSpaces")
	}
}

func TestLastFieldIsFieldsLast(t *testing.T) {
	for _, s := range []string{"", " ", "one", "two words", "trail  \t", "\u00a0nbsp\u00a0end\u2003", "a\xffb c\xff", "Berlin, Germany", "x\u3000y"} {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := LastField(s); got != want {
			t.Errorf("LastField(%q) = %q, want %q", s, got, want)
		}
	}
}

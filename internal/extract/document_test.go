package extract

import "testing"

// runeWordCount is WordCount as first written, rune by rune: the byte loop
// must count the same words.
func runeWordCount(d *Document) int {
	n := 0
	for _, p := range d.Pages {
		for _, l := range p.Lines {
			in := false
			for _, r := range l.Text {
				sp := r == ' ' || r == '\t'
				if !sp && !in {
					n++
				}
				in = !sp
			}
		}
	}
	return n
}

func TestWordCountMatchesRunes(t *testing.T) {
	lines := []string{"", " ", "one", "two words", "\ttabbed\tline ", "café crème", "a\xffb c\xff", "  lead and trail  ", "Ünïcödé  –  dash", "\u3000ideographic\u3000space"}
	d := &Document{Pages: []Page{{Number: 1}}}
	for _, s := range lines {
		d.Pages[0].Lines = append(d.Pages[0].Lines, Line{Text: s})
		one := &Document{Pages: []Page{{Number: 1, Lines: []Line{{Text: s}}}}}
		if got, want := one.WordCount(), runeWordCount(one); got != want {
			t.Errorf("WordCount(%q) = %d, want %d", s, got, want)
		}
	}
	if got, want := d.WordCount(), runeWordCount(d); got != want || got != 16 {
		t.Errorf("WordCount = %d, want %d (16)", got, want)
	}
}

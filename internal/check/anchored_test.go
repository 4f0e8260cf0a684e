package check

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// Each anchored matcher against its alternative, anchored, on generated
// text at every start (texts with the long s or the Kelvin sign included:
// the matchers fold them as (?i) does).
func TestAnchoredMatchersMatchTheirAlternatives(t *testing.T) {
	cases := []struct {
		name string
		alt  string
		at   func(string, int) bool
		more []string
	}{
		{"which", resultWhich + `\b`, whichAt, []string{"which ", "WHICH ", "then ", "saved", "cut", "walked", "walkedx", "ed", "ſ", "x ", " ", "took", "_"}},
		{"fromTo", resultFromTo, fromToAt, []string{"from 5", "from $3", " to 6", "from ", "From  ", "to ", "TO\t", "$", "~", "€ ", "5", "12", " ", "x", ";", "abcdefghijklmnopqrst", "_to 5", "-", "é"}},
		{"byAmount", resultByAmount, byAmountAt, []string{"by ", "of  ", "to\t", "over ", "~", "$", "£ ", "5", "1,2.3", " ", "%", "x", "X ", "percent", "k", "\u212a", "m", "million", "points", "pts", "pp", "ab"}},
		{"change", resultChange, changeAt, []string{"5", "5%", "5 x", "5% ", " ", "  ", "%", "x", "X", "percent", "increase", "faster", "LESS", "more", "lowe", "ſmaller", "a"}},
		{"rate", resultRate, resultRateAt, []string{"5", "5%", "5 %", "5% ", " ", "  ", "%", "uptime", "CSAT", "on-time", "of quota", "of  plan", "of goal", "pass rate", "ſatisfaction", "a"}},
		{"howBy", howBy + `\b`, howByAt, []string{"by ", "BY ", "using", "runn", "ing", "introducing", "adding", "ſ", "x", " "}},
		{"money", scopeMoney, moneyAt, nil},
		{"across", scopeAcross, acrossAt, []string{"across", "ACROSS", " ", "  ", "5", "12", "the", "all", "every", "multiple", "two", "ten", "x", "ſ"}},
		{"serving", scopeServing, servingAt, []string{"handling", "serving", "used by", "Used By", " ", "  ", "over ", "more than ", "up to ", "~", "$", "€", "5", "x"}},
		{"every", rateEvery, everyAt, []string{"a", "per", "each", "every", " ", "\t", "day", "week", "month", "Year", "shift", "quarter", "hour", "term", "s", "x"}},
		{"slash", rateSlash, slashAt, nil},
	}
	pieces := []string{"which ", "which", "then ", "saved", "cut", "grew", "cutting", "walked", "ed", "ing", "from", "from ", " to ", "to", " ", "  ", "$", "€", "£", "~", "5", "12", "3.5", "1,200",
		";", "a", "b", "%", "x", "X", "percent", "k", "m", "million", "points", "pts", "pp", "over ", "nearly ", "by", "of", "increase", "faster", "uptime", "of quota", "of target",
		"by ", "using", "introducing", "adding", "across", "the", "all", "every", "multiple", "two", "ten", "handling", "serving", "used by", "more than ", "up to ", "per", "each", "day", "week",
		"hour", "hr", "s", "sec", "/", "mo", "yr", "ſ", "\u212a", "é", "_", "-", ".", ",", "\t", "quarter", "term", "shift", "minute"}
	texts := genFrom(71, 60000, pieces)
	for _, c := range cases {
		re := regexp.MustCompile(`^(?i)(?:` + c.alt + `)`)
		hits := 0
		all := texts
		if c.more != nil {
			all = append(genFrom(72, 20000, c.more), texts...)
			// And texts built slot by slot from the same pieces, so that
			// the longer alternatives are met too.
			slots := [][]string{c.more, c.more, c.more, c.more, c.more, c.more}
			all = append(all, genSlots(73, 40000, slots)...)
		}
		for _, s := range all {
			for i := 0; i < len(s); i++ {
				// The matchers are tried at run starts and at start bytes:
				// where the alternative's leading \b, if any, holds.
				if !boundaryAt(s, i) && isWordByte(s[i]) {
					continue
				}
				got, want := c.at(s, i), re.MatchString(s[i:])
				if want {
					hits++
				}
				if got != want {
					t.Errorf("%s(%q, %d) = %v, expression %v", c.name, s, i, got, want)
					break
				}
			}
		}
		if hits < 50 && heavyTests() {
			t.Errorf("%s: only %d matches in the generated texts", c.name, hits)
		}
	}
}

// genSlots builds n texts of up to len(slots) pieces, one from each slot
// in turn.
func genSlots(seed int64, n int, slots [][]string) []string {
	if !heavyTests() {
		n /= 20 // -short, and WebAssembly: a sample
	}
	rng := rand.New(rand.NewSource(seed))
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for _, sl := range slots[:1+rng.Intn(len(slots))] {
			b.WriteString(sl[rng.Intn(len(sl))])
		}
		out = append(out, b.String())
	}
	return out
}

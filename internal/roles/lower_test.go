package roles

import (
	"strings"
	"testing"
)

func TestLowerAlignedKeepsOffsets(t *testing.T) {
	for _, s := range []string{"", "Go and SQL", "• Built Kafka", "École Polytechnique — ÜBER", "İstanbul", "bad \xff byte", "x\uFFFDy"} {
		low := lowerAligned(s)
		if low == "" {
			if s != "" && s != "İstanbul" && s != "bad \xff byte" && s != "x\uFFFDy" {
				t.Errorf("lowerAligned(%q) gave up", s)
			}
			continue
		}
		if low != strings.ToLower(s) || len(low) != len(s) {
			t.Errorf("lowerAligned(%q) = %q, want %q of the same length", s, low, strings.ToLower(s))
		}
	}
	// the tokens of a bullet line carry their lower case without a copy each
	toks := tokenize("• Built Kafka on Kubernetes")
	if len(toks) != 4 || toks[1].lower != "kafka" || toks[3].lower != "kubernetes" || toks[0].start != len("• ") {
		t.Errorf("tokenize: %+v", toks)
	}
}

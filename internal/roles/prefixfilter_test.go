package roles

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/resumescore/resumescore/internal/bloom"
)

func TestPrefixFilterKnowsEveryKey(t *testing.T) {
	r := load()
	for k := range r.prefixes {
		if !r.filter.May(bloom.Hash(k)) {
			t.Fatalf("the filter turns away the key %q", k)
		}
	}
	// and turns away most words that are not keys
	words := strings.Fields("the and of with managed team led built improved customers reduced quarterly reporting across departments budget review hospital patients nursing care schedule vendor contracts")
	maybe := 0
	for _, w := range words {
		if _, ok := r.prefixes[w]; !ok && r.filter.May(bloom.Hash(w)) {
			maybe++
		}
	}
	if maybe > len(words)/4 {
		t.Errorf("the filter lets %d of %d non-keys through", maybe, len(words))
	}
}

// Find gives the same mentions with the filter as without it (a filter
// that lets everything through), on every fixture line.
func TestPrefixFilterChangesNoMention(t *testing.T) {
	r := load()
	open := *r
	open.filter = new(bloom.Filter)
	for i := range open.filter {
		open.filter[i] = ^uint64(0)
	}
	files, _ := filepath.Glob("../testdata/resumes/*.txt")
	if len(files) < 10 {
		t.Fatalf("only %d fixtures", len(files))
	}
	lines := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			lines++
			if got, want := r.find(l), open.find(l); !reflect.DeepEqual(got, want) {
				t.Errorf("%q: %v with the filter, %v without", l, got, want)
			}
		}
	}
	for _, l := range []string{"Node.js, CI/CD, scikit-learn, Ruby on Rails, .NET Core, C++ and C#", "machine learning engineer", "Postgres PostgreSQL postgresql"} {
		if got, want := r.find(l), open.find(l); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: %v with the filter, %v without", l, got, want)
		}
	}
}

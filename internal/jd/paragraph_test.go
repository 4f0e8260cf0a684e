package jd

import "testing"

func TestOneParagraph(t *testing.T) {
	r := Parse("Senior Backend Engineer. Must have: Go, PostgreSQL and Kafka; 5+ years of experience. Nice to have: gRPC, Terraform. We value Kubernetes.", testVocab)
	if r.Title != "Senior Backend Engineer" || r.Years != 5 {
		t.Errorf("title %q years %d", r.Title, r.Years)
	}
	want := map[string]bool{"Go": true, "PostgreSQL": true, "Kafka": true, "gRPC": false, "Terraform": false, "Kubernetes": true}
	got := map[string]bool{}
	for _, s := range r.Hard {
		got[s.Term] = s.Must
	}
	for term, must := range want {
		if m, ok := got[term]; !ok || m != must {
			t.Errorf("%s: must=%v found=%v, want must=%v", term, m, ok, must)
		}
	}
}

func TestSentences(t *testing.T) {
	got := sentences("Build APIs in Node.js. Must have: Go; CPA required. 5+ years! e.g. something")
	want := []string{"Build APIs in Node.js.", "Must have: Go;", "CPA required.", "5+ years! e.g. something"}
	if len(got) != len(want) {
		t.Fatalf("got %q", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%d: %q, want %q", i, got[i], want[i])
		}
	}
}

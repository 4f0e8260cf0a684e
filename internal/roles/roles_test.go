package roles

import (
	"bytes"
	"compress/gzip"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// The roles the issue asks for, plus the fallback.
var wantIDs = []string{
	"accountant", "backend", "cloud", "data-analyst", "data-engineer", "data-scientist", "devops",
	"engineering-manager", "frontend", "full-stack", "general", "it-support", "marketing",
	"ml-engineer", "mobile", "product-manager", "qa", "recruiter", "registered-nurse", "sales",
	"security", "software-engineer", "teacher", "ux-designer",
}

var sectionKinds = map[string]bool{
	"summary": true, "experience": true, "education": true, "skills": true, "projects": true,
	"certifications": true, "awards": true, "publications": true, "talks": true, "languages": true,
	"volunteer": true, "interests": true, "references": true,
}

func TestAllProfiles(t *testing.T) {
	ps := All()
	var ids []string
	for _, p := range ps {
		ids = append(ids, p.ID)
	}
	if !reflect.DeepEqual(ids, wantIDs) {
		t.Fatalf("profiles %v,\nwant %v", ids, wantIDs)
	}
	if len(ps) < 21 {
		t.Fatalf("%d profiles, want at least 20 plus %s", len(ps), Fallback)
	}
	for _, p := range ps {
		if got, ok := Get(p.ID); !ok || got != p {
			t.Errorf("Get(%q) does not return the profile", p.ID)
		}
	}
	if _, ok := Get("no-such-role"); ok {
		t.Error("Get of an unknown id succeeded")
	}
	if p, ok := Get(" Backend "); !ok || p.ID != "backend" {
		t.Error("Get does not trim and lower-case the id")
	}
}

func TestProfileShape(t *testing.T) {
	pastTense := regexp.MustCompile(`^[A-Z][a-z-]*ed$`)
	irregular := map[string]bool{"Built": true, "Led": true, "Cut": true, "Won": true, "Grew": true, "Drove": true,
		"Taught": true, "Forecast": true, "Sold": true, "Ran": true, "Wrote": true, "Caught": true, "Made": true,
		"Set": true, "Kept": true, "Held": true, "Met": true, "Found": true, "Brought": true, "Sent": true,
		"Spent": true, "Gave": true, "Took": true, "Drew": true, "Rebuilt": true, "Oversaw": true, "Undertook": true}
	for _, p := range All() {
		t.Run(p.ID, func(t *testing.T) {
			if p.Name == "" || p.Family == "" || p.Source == "" {
				t.Error("name, family and source are required")
			}
			if len(p.KeywordGroups) < 3 {
				t.Errorf("%d keyword groups, want ≥ 3", len(p.KeywordGroups))
			}
			if len(p.Verbs) < 8 {
				t.Errorf("%d verbs, want ≥ 8", len(p.Verbs))
			}
			if len(p.Metrics) < 2 {
				t.Errorf("%d metrics, want ≥ 2", len(p.Metrics))
			}
			if len(p.SectionOrder) < 3 || p.SectionOrder[0] != "summary" {
				t.Errorf("section order %v", p.SectionOrder)
			}
			seenSection := map[string]bool{}
			for _, s := range p.SectionOrder {
				if !sectionKinds[s] || seenSection[s] {
					t.Errorf("section %q unknown or repeated", s)
				}
				seenSection[s] = true
			}
			if !seenSection["experience"] || !seenSection["education"] || !seenSection["skills"] {
				t.Errorf("section order %v lacks experience, education or skills", p.SectionOrder)
			}
			seen := map[string]string{}
			for _, g := range p.KeywordGroups {
				if g.ID == "" || g.Name == "" || len(g.Keywords) == 0 {
					t.Errorf("group %+v incomplete", g)
				}
				for _, k := range g.Keywords {
					if c, ok := Canonical(k); !ok || c != k {
						t.Errorf("keyword %q is not canonical (Canonical gives %q, %v)", k, c, ok)
					}
					if o, dup := seen[k]; dup {
						t.Errorf("keyword %q in groups %s and %s", k, o, g.ID)
					}
					seen[k] = g.ID
					if gg, ok := p.GroupOf(k); !ok || gg.ID != g.ID {
						t.Errorf("GroupOf(%q) = %v, %v", k, gg.ID, ok)
					}
				}
			}
			if p.ID != Fallback {
				if len(p.RequiredGroups()) == 0 || p.RequiredAdvice == "" {
					t.Error("a role needs required groups and the advice that explains them")
				}
				if len(p.Titles) < 3 {
					t.Errorf("%d titles, want ≥ 3", len(p.Titles))
				}
			}
			verbs := map[string]bool{}
			for _, v := range p.Verbs {
				if !(pastTense.MatchString(v) || irregular[v]) || verbs[v] {
					t.Errorf("verb %q is not a capitalised past tense, or repeated", v)
				}
				verbs[v] = true
				if !p.StrongVerb(strings.ToLower(v)) {
					t.Errorf("StrongVerb(%q) false", v)
				}
			}
			mids := map[string]bool{}
			for _, m := range p.Metrics {
				if m.ID == "" || m.Name == "" || len(m.Patterns) == 0 || mids[m.ID] {
					t.Errorf("metric %+v incomplete or repeated", m)
				}
				mids[m.ID] = true
				for _, pat := range m.Patterns {
					if pat != strings.ToLower(strings.TrimSpace(pat)) || pat == "" {
						t.Errorf("metric %s pattern %q must be lower case and trimmed", m.ID, pat)
					}
				}
			}
		})
	}
}

// A title belongs to one profile, so detection by title is never a tie between two.
func TestTitlesUnique(t *testing.T) {
	owner := map[string]string{}
	for _, p := range All() {
		for _, title := range p.Titles {
			k := strings.Join(titleWords(title), " ")
			if o, ok := owner[k]; ok && o != p.ID {
				t.Errorf("title %q is in %s and %s", title, o, p.ID)
			}
			owner[k] = p.ID
		}
	}
}

// The backend profile carries exactly what the backend guide says.
func TestBackendGuide(t *testing.T) {
	p, ok := Get("backend")
	if !ok {
		t.Fatal("no backend profile")
	}
	var groups, required []string
	for _, g := range p.KeywordGroups {
		groups = append(groups, g.ID)
		if g.Required {
			required = append(required, g.ID)
		}
	}
	if want := []string{"languages", "datastores", "messaging", "apis", "infrastructure", "practices"}; !reflect.DeepEqual(groups, want) {
		t.Errorf("groups %v, want %v", groups, want)
	}
	if want := []string{"languages", "datastores", "infrastructure"}; !reflect.DeepEqual(required, want) {
		t.Errorf("required groups %v, want %v (language, datastore and orchestration layer)", required, want)
	}
	wantKeywords := []string{"Go", "Python", "Java", "Node.js", "PostgreSQL", "Redis", "Kafka", "gRPC", "REST",
		"Kubernetes", "Docker", "AWS", "Microservices", "Distributed systems", "System design"}
	if got := p.Keywords(); !reflect.DeepEqual(got, wantKeywords) {
		t.Errorf("keywords %v,\nwant %v", got, wantKeywords)
	}
	if want := []string{"Built", "Designed", "Architected", "Scaled", "Optimized", "Migrated", "Hardened", "Automated"}; !reflect.DeepEqual(p.Verbs, want) {
		t.Errorf("verbs %v, want %v", p.Verbs, want)
	}
	var metrics []string
	for _, m := range p.Metrics {
		metrics = append(metrics, m.ID)
	}
	if want := []string{"throughput", "latency", "uptime", "data-volume", "cost"}; !reflect.DeepEqual(metrics, want) {
		t.Errorf("metrics %v, want %v", metrics, want)
	}
	for bullet, want := range map[string]string{
		"Scaled the ingest API to 40k requests/second":       "throughput",
		"Processed 2B events/day through Kafka":              "throughput",
		"Cut p99 latency from 900ms to 120ms":                "latency",
		"Kept 99.99% uptime across three regions":            "uptime",
		"Moved 40 TB of order history to PostgreSQL":         "data-volume",
		"Reduced infrastructure cost by $18k a month":        "cost",
		"Migrated billing to gRPC with no customer downtime": "uptime",
	} {
		got := p.MetricsIn(bullet)
		if len(got) == 0 || !contains(got, want) {
			t.Errorf("MetricsIn(%q) = %v, want %s", bullet, got, want)
		}
	}
	if got := p.MetricsIn("Worked on the backend services and terms of reference"); len(got) != 0 {
		t.Errorf("a bullet without a number matched %v", got)
	}
	if want := []string{"summary", "experience", "projects", "skills", "education"}; !reflect.DeepEqual(p.SectionOrder, want) {
		t.Errorf("section order %v, want %v", p.SectionOrder, want)
	}
	if !strings.Contains(p.RequiredAdvice, "language, datastore and orchestration layer") || !strings.Contains(p.RequiredAdvice, "all three") {
		t.Errorf("required advice %q", p.RequiredAdvice)
	}

	c := p.Coverage("Built order services in Go on Kubernetes, with Kafka and gRPC.")
	if want := []string{"datastores"}; !reflect.DeepEqual(c.RequiredMissing, want) {
		t.Errorf("required missing %v, want %v", c.RequiredMissing, want)
	}
	if want := []string{"Go", "Kafka", "gRPC", "Kubernetes"}; !reflect.DeepEqual(c.Found, want) {
		t.Errorf("found %v, want %v", c.Found, want)
	}
	c = p.Coverage("Go, postgres and k8s")
	if len(c.RequiredMissing) != 0 {
		t.Errorf("all three named, yet missing %v", c.RequiredMissing)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func TestCanonical(t *testing.T) {
	for in, want := range map[string]string{
		"golang": "Go", "Golang": "Go", "go": "Go", "k8s": "Kubernetes", "K8S": "Kubernetes",
		"postgres": "PostgreSQL", "Postgres": "PostgreSQL", "psql": "PostgreSQL", "postgresql": "PostgreSQL",
		"javascript": "JavaScript", "Javascript": "JavaScript", "JS": "JavaScript",
		"github": "GitHub", "Github": "GitHub",
		"node": "Node.js", "nodejs": "Node.js", "node.js": "Node.js", "Node JS": "Node.js",
		"typescript": "TypeScript", "c++": "C++", "csharp": "C#", ".net": ".NET", "dotnet": ".NET",
		"Atlassian JIRA": "Jira", "Microsoft Power BI": "Power BI", "reactjs": "React", "sklearn": "scikit-learn",
		"amazon web services": "AWS", "restful apis": "REST", "distributed systems": "Distributed systems",
		"ci/cd": "CI/CD", "continuous integration": "CI/CD", "BLS": "BLS", "basic life support": "BLS",
		"  Kafka ": "Kafka",
	} {
		if got, ok := Canonical(in); !ok || got != want {
			t.Errorf("Canonical(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	if got, ok := Canonical(" unheard-of-tool "); ok || got != "unheard-of-tool" {
		t.Errorf("unknown term: %q, %v", got, ok)
	}
	// Linguist lists node as an alias of JavaScript; it is Node.js here.
	if got, _ := Canonical("node"); got == "JavaScript" {
		t.Error("node maps to JavaScript")
	}
}

func TestFind(t *testing.T) {
	text := "Built APIs in golang and Node.js on k8s; CI/CD with GitHub Actions, C++, C#, .NET and scikit-learn. " +
		"Ruby on Rails. Ready to go the rest of the way; excel at REST. Spring 2020. Python's pandas."
	got := Terms(text)
	want := []string{"Go", "Node.js", "Kubernetes", "CI/CD", "GitHub Actions", "C++", "C#", ".NET",
		"scikit-learn", "Ruby on Rails", "REST", "Python", "pandas"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Terms =\n %v\nwant\n %v", got, want)
	}
	ms := Find("I use Go and k8s.")
	if len(ms) != 2 || ms[0].Text != "Go" || ms[1].Text != "k8s" || ms[1].Term != "Kubernetes" {
		t.Fatalf("Find = %+v", ms)
	}
	for _, m := range ms {
		if "I use Go and k8s."[m.Start:m.End] != m.Text {
			t.Errorf("offsets of %+v", m)
		}
	}
	if got := Terms(""); len(got) != 0 {
		t.Errorf("Terms of nothing = %v", got)
	}
}

// Every free-text spelling that is also an English word matches only when written as the
// technology is.
func TestCaseSensitiveWords(t *testing.T) {
	for _, s := range []string{"let's go", "the rest of it", "to excel at", "an epic journey", "a sketch", "swift action"} {
		if got := Terms(s); len(got) != 0 {
			t.Errorf("Terms(%q) = %v", s, got)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				if id, _ := Detect([]string{"Senior Backend Engineer"}, "", "Go, PostgreSQL, Kubernetes"); id != "backend" {
					t.Errorf("Detect gave %s", id)
				}
				Canonical("k8s")
			}
		}()
	}
	wg.Wait()
}

// The package imports nothing outside the standard library and this module.
func TestStandardLibraryOnly(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(gotoken.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range af.Imports {
			path := strings.Trim(im.Path.Value, `"`)
			if first := strings.Split(path, "/")[0]; strings.Contains(first, ".") && !strings.HasPrefix(path, "github.com/resumescore/resumescore/") {
				t.Errorf("%s imports %s", f, path)
			}
		}
	}
}

// The attribution the data's licences ask for ships beside it, word for word.
func TestAttribution(t *testing.T) {
	b, err := os.ReadFile("ATTRIBUTION.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range []string{
		"This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.",
		"ESCO classification, © European Union",
		"Topic aliases from github/explore, CC BY 4.0",
		"Copyright (c) 2017 GitHub, Inc.",
		"Copyright (c) 2015 konpa",
		"THE SOFTWARE IS PROVIDED \"AS IS\"",
	} {
		if !bytes.Contains(b, []byte(line)) {
			t.Errorf("ATTRIBUTION.md lacks %q", line)
		}
	}
}

// The embedded data stays small: it ships in the WebAssembly build.
func TestDataSize(t *testing.T) {
	raw := DataSize()
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	entries, _ := dataFS.ReadDir("data")
	aliases := 0
	for _, e := range entries {
		b, _ := dataFS.ReadFile("data/" + e.Name())
		zw.Write(b)
		if e.Name() == "aliases.json" {
			aliases = len(b)
		}
		if e.Name() != "aliases.json" && len(b) > 8<<10 {
			t.Errorf("%s is %d bytes: keep a profile under 8 KB", e.Name(), len(b))
		}
	}
	zw.Close()
	t.Logf("embedded data: %d files, %d bytes raw, %d bytes gzip (aliases.json %d bytes, %d known spellings)",
		len(entries), raw, buf.Len(), aliases, len(load().exact))
	if aliases > 60<<10 {
		t.Errorf("aliases.json is %d bytes, budget 60 KB", aliases)
	}
	if raw > 200<<10 {
		t.Errorf("embedded data is %d bytes, budget 200 KB", raw)
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := parse(dataFS); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFind(b *testing.B) {
	text := strings.Repeat(sampleResume, 1)
	load()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(text)
	}
}

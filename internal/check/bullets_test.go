package check

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/resumescore/resumescore/internal/check/lexicon"
	"github.com/resumescore/resumescore/internal/roles"
)

// The acceptance pairs: each "before" scores below its "after", and
// a stub left in the "after" is reported.
func TestScoreBulletAcceptance(t *testing.T) {
	pairs := [][2]string{
		{"Worked on the backend services.", "Cut p99 API latency from 1.4s to 280ms by adding read-through Redis caching across the 12 hottest endpoints."},
		{"Built a microservice.", "Designed a Go + Kafka order-processing service handling 80M events/day at sub-second tail latency and 99.98% uptime."},
		{"Improved the database.", "Re-indexed and partitioned a [N]-row PostgreSQL table, cutting the slowest query from 9s to 120ms and reducing DB cost ~30%."},
	}
	for _, p := range pairs {
		b, a := ScoreBullet(p[0]), ScoreBullet(p[1])
		t.Logf("%3d  %s\n%3d  %s", b.Score, p[0], a.Score, p[1])
		if b.Score >= a.Score {
			t.Errorf("%q scored %d, %q scored %d", p[0], b.Score, p[1], a.Score)
		}
	}
	r := ScoreBullet(pairs[2][1])
	found := false
	for _, f := range r.Findings {
		if f.Check == "impact.placeholder" && f.Status == Fail && strings.Contains(f.Message, "[N]") {
			found = true
		}
	}
	if !found {
		t.Errorf("no placeholder finding for [N]: %+v", r.Findings)
	}
}

type bulletPair struct {
	Role   string `json:"role"`
	Before string `json:"before"`
	After  string `json:"after"`
}

func loadPairs(t *testing.T) []bulletPair {
	t.Helper()
	b, err := os.ReadFile("testdata/bullet_pairs.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Pairs []bulletPair `json:"pairs"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.Pairs
}

// The validation set: before/after pairs across roles. The scorer must put
// at least 95% of them in the right order.
func TestBulletPairsValidation(t *testing.T) {
	pairs := loadPairs(t)
	roles := map[string]int{}
	right := 0
	for _, p := range pairs {
		roles[p.Role]++
		b, a := ScoreBullet(p.Before), ScoreBullet(p.After)
		if b.Score < a.Score {
			right++
		} else {
			t.Logf("out of order (%s): %d %q vs %d %q", p.Role, b.Score, p.Before, a.Score, p.After)
		}
	}
	if len(pairs) < 60 || len(roles) < 10 {
		t.Fatalf("the validation set has %d pairs across %d roles; want at least 60 across 10", len(pairs), len(roles))
	}
	share := float64(right) / float64(len(pairs))
	t.Logf("validation: %d of %d pairs (%.1f%%) across %d roles scored in the right order", right, len(pairs), share*100, len(roles))
	if share < 0.95 {
		t.Errorf("only %.1f%% of pairs scored in the right order; want 95%%", share*100)
	}
}

// Suggestions never invent a number: no Fix carries a digit, for any bullet,
// with or without a role's guidance.
func TestBulletFixesInventNoNumber(t *testing.T) {
	g := Guidance{Verbs: []string{"triage", "Administered"}, MetricWords: []string{"patients per shift", "readmissions"}}
	for _, p := range loadPairs(t) {
		for _, text := range []string{p.Before, p.After} {
			for _, r := range []BulletResult{ScoreBullet(text), scoreBullet(text, g)} {
				for _, f := range r.Findings {
					if strings.IndexFunc(f.Fix, unicode.IsDigit) >= 0 {
						t.Errorf("%q: fix %q carries a number", text, f.Fix)
					}
				}
			}
		}
	}
	for _, c := range All() {
		if c.ID == "language.numerals" {
			continue // its advice is to write digits
		}
		if (strings.HasPrefix(c.ID, "impact.") || strings.HasPrefix(c.ID, "language.")) && strings.IndexFunc(c.Fix, unicode.IsDigit) >= 0 {
			t.Errorf("%s: fix %q carries a number", c.ID, c.Fix)
		}
	}
}

func TestScoreBulletBounds(t *testing.T) {
	for _, s := range []string{"", "   ", "XX% [N] $X 20XX TBD", "a", strings.Repeat("word ", 200),
		"Increased revenue by 9000% and achieved 100% customer satisfaction; also did [N] things, and built, and shipped, and led."} {
		r := ScoreBullet(s)
		if r.Score < 0 || r.Score > 100 || r.Findings == nil {
			t.Errorf("%.30q: %+v", s, r)
		}
	}
}

// A role's verbs make its own verbs strong, and its metric words show up in
// the advice.
func TestScoreBulletGuidance(t *testing.T) {
	text := "Sutured lacerations for walk-in patients in a busy urgent-care clinic."
	plain := ScoreBullet(text)
	role := scoreBullet(text, Guidance{Verbs: []string{"suture"}, MetricWords: []string{"wait time"}})
	if role.Score <= plain.Score {
		t.Errorf("a role verb did not raise the score: %d vs %d", role.Score, plain.Score)
	}
	advice := ""
	for _, f := range role.Findings {
		advice += f.Fix
	}
	if !strings.Contains(advice, "wait time") {
		t.Errorf("the metric words are not in the advice: %q", advice)
	}
}

func TestHasMetricCases(t *testing.T) {
	for s, want := range map[string]bool{
		"Joined in 2019": false,
		"Worked on Python 3 and Java 17 services":   false,
		"Ran EC2 and S3 for the p99 dashboards":     false,
		"Shipped in Q3 2024":                        false,
		"Served 2000 users":                         true,
		"Led three teams":                           true,
		"Doubled weekly sign-ups":                   true,
		"Cut the backlog in half":                   true,
		"Saved €40k":                                true,
		"Handled 24/7 support":                      true,
		"Ranked 1st in the region":                  true,
		"Built a 3D viewer and 2FA login":           false,
		"Active since the 1990s":                    false,
		"Lifted NPS from 31 to 52":                  true,
		"Worked on the backend services.":           false,
		"Built HTML5 pages with OAuth2 sign-in, v2": false,
	} {
		if got := hasMetric(s); got != want {
			t.Errorf("hasMetric(%q) = %v", s, got)
		}
	}
}

func TestOpener(t *testing.T) {
	for text, want := range map[string]struct {
		class verbClass
		tense tense
	}{
		"Led a team of 4":                 {strongVerb, tensePast},
		"Lead a team of 4":                {strongVerb, tensePresent},
		"Leads the platform team":         {strongVerb, tensePresent},
		"Leading the platform team":       {strongVerb, tenseGerund},
		"Built the API":                   {strongVerb, tensePast},
		"Cut costs 10%":                   {strongVerb, tenseEither},
		"Re-indexed a table":              {plainVerb, tensePast},
		"Re-architected the search index": {strongVerb, tensePast},
		"Co-led the migration":            {strongVerb, tensePast},
		"Optimised the nightly batch":     {strongVerb, tensePast},
		"Analysed churn":                  {strongVerb, tensePast},
		"Modelled demand":                 {strongVerb, tensePast},
		"Triaged incidents":               {strongVerb, tensePast},
		"Reconciled 14 accounts":          {strongVerb, tensePast},
		"Administered medication":         {strongVerb, tensePast},
		"Planned the sprint":              {strongVerb, tensePast},
		"Shipped the app":                 {strongVerb, tensePast},
		"Precepted new nurses":            {plainVerb, tensePast},
		"Worked on the backend":           {weakVerb, tensePast},
		"Responsible for billing":         {weakVerb, tensePast},
		"Helped with testing":             {weakVerb, tensePast},
		"Duties included filing":          {weakVerb, tensePast},
		"Experienced engineer with Go":    {notVerb, tenseNone},
		"Dedicated nurse":                 {notVerb, tenseNone},
		"The billing system":              {notVerb, tenseNone},
		"“Spearheaded” the rollout":       {strongVerb, tensePast},
		"Wrote the docs":                  {strongVerb, tensePast},
		"Taught algebra":                  {strongVerb, tensePast},
		"Oversaw 3 sites":                 {strongVerb, tensePast},
		"Found and fixed a memory leak":   {strongVerb, tensePast},
	} {
		o := openerOf(text, nil)
		if o.class != want.class || o.tense != want.tense {
			t.Errorf("openerOf(%q) = class %d tense %d, want %d %d", text, o.class, o.tense, want.class, want.tense)
		}
	}
}

func TestVerbForms(t *testing.T) {
	for base, want := range map[string][4]string{
		"build":   {"built", "built", "builds", "building"},
		"write":   {"wrote", "written", "writes", "writing"},
		"plan":    {"planned", "planned", "plans", "planning"},
		"carry":   {"carried", "carried", "carries", "carrying"},
		"analyze": {"analyzed", "analyzed", "analyzes", "analyzing"},
		"teach":   {"taught", "taught", "teaches", "teaching"},
		"tie":     {"tied", "tied", "ties", "tying"},
		"agree":   {"agreed", "agreed", "agrees", "agreeing"},
	} {
		past, part := pastOf(base)
		got := [4]string{past, part, presentOf(base), gerundOf(base)}
		if got != want {
			t.Errorf("%s: got %v, want %v", base, got, want)
		}
	}
}

func TestResultAndScope(t *testing.T) {
	for s, want := range map[string]bool{
		"Cut p99 latency from 1.4s to 280ms":                    true,
		"Migrated 40 services, reducing cost by 30%":            true,
		"Led 4 engineers to replace a legacy monolith":          true,
		"Grew revenue 30%":                                      true,
		"Kept uptime at 99.98% uptime":                          true,
		"Rewrote the reporting queries in SQL":                  false,
		"Moved the servers from VMs to Kubernetes":              false,
		"Refactored the parser, which cut parse errors in half": true,
		"Closed $1.8M, 132% of quota":                           true,
	} {
		if got := hasResult(s, nil); got != want {
			t.Errorf("hasResult(%q) = %v", s, got)
		}
	}
	for s, want := range map[string]bool{
		"Led a team of 4":                        true,
		"Managed a $2M budget":                   true,
		"Served 2M customers":                    true,
		"Rolled out across 3 regions":            true,
		"Designed a service handling 80M events": true,
		"Fixed bugs in the checkout form":        false,
		"Wrote 15 unit tests":                    false,
	} {
		if got := hasScope(s, nil); got != want {
			t.Errorf("hasScope(%q) = %v", s, got)
		}
	}
}

func TestPlaceholders(t *testing.T) {
	for s, want := range map[string][]string{
		"Cut cost XX% across [N] sites":       {"[N]", "XX%"},
		"Saved $X in 20XX":                    {"$X", "20XX"},
		"Grew [metric] by [X%]":               {"[metric]", "[X%]"},
		"Launched the Xbox store for SpaceX":  nil,
		"Cut costs 12% across 3 sites (2023)": nil,
		"Shipped TBD features":                {"TBD"},
	} {
		if got := placeholders(s); !sameSet(got, want) {
			t.Errorf("placeholders(%q) = %q, want %q", s, got, want)
		}
	}
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	m := map[string]int{}
	for _, s := range a {
		m[s]++
	}
	for _, s := range b {
		m[s]--
	}
	for _, n := range m {
		if n != 0 {
			return false
		}
	}
	return true
}

func TestLanguageDetectors(t *testing.T) {
	if got := firstPerson("I built my first API; we shipped it. Engineer I at Acme, US office."); !reflect.DeepEqual(got, []string{"I", "my", "we"}) {
		t.Errorf("firstPerson: %q", got)
	}
	if got := passiveVoice("The report was written weekly and was quickly adopted; I was responsible for it. She is experienced."); !reflect.DeepEqual(got, []string{"was written", "was quickly adopted", "responsible for"}) {
		t.Errorf("passiveVoice: %q", got)
	}
	if got := hedgesIn("Tried to significantly improve things"); !reflect.DeepEqual(got, []string{"tried to", "significantly"}) {
		t.Errorf("hedgesIn: %q", got)
	}
	if got := hedgesIn("Significantly improved throughput, by 40%"); len(got) != 0 {
		t.Errorf("an intensifier backed by a number was flagged: %q", got)
	}
	if got := buzzwords.find("A results driven, detail-oriented team player."); !reflect.DeepEqual(got, []string{"results-driven", "detail-oriented", "team player"}) {
		t.Errorf("buzzwords: %q", got)
	}
	if got := cliches.find("I always go above and beyond."); !reflect.DeepEqual(got, []string{"go above and beyond"}) {
		t.Errorf("cliches, longest match: %q", got)
	}
	if got := misspellingsIn("Acheived the the managment goals; that that is fine"); !reflect.DeepEqual(got, []string{"acheived → achieved", "managment → management", "the the"}) {
		t.Errorf("misspellingsIn: %q", got)
	}
	if got := spelledNumbers("twelve engineers, twenty-five sites, one team"); !reflect.DeepEqual(got, []string{"twelve → 12", "twenty-five → 25"}) {
		t.Errorf("spelledNumbers: %q", got)
	}
	if got := informalIn("I'm sure it's great! Don't worry 🚀 lol"); len(got) != 6 {
		t.Errorf("informalIn: %q", got)
	}
	if !shouting("INCREASED SALES BY 20% IN THE NORTH REGION") || shouting("Built the AWS and REST API for NASA") {
		t.Error("shouting")
	}
	if got := severalResults("Designed the API, wrote the docs and trained the support team."); got == "" {
		t.Error("severalResults missed a three-clause bullet")
	}
	if got := severalResults("Re-indexed and partitioned a table, cutting query time 90%."); got != "" {
		t.Errorf("severalResults flagged one result: %s", got)
	}
	if got := implausible("Increased leads by 4000%"); got == "" {
		t.Error("implausible missed 4000%")
	}
	if got := implausible("Reduced churn by 150%"); got == "" {
		t.Error("implausible missed a 150% cut")
	}
	if got := implausible("Increased sales 150% and reduced churn 20%"); got != "" {
		t.Errorf("implausible flagged a plausible line: %s", got)
	}
}

func TestTechMisspellings(t *testing.T) {
	for s, want := range map[string][]string{
		"Javascript, Typescript and Nodejs":           {"Javascript → JavaScript", "Typescript → TypeScript", "Nodejs → Node.js"},
		"Github, Postgres, Mysql, Kubernates":         {"Github → GitHub", "Postgres → PostgreSQL", "Mysql → MySQL", "Kubernates → Kubernetes"},
		"Built on Node JS and Mongo DB":               {"Node JS → Node.js", "Mongo DB → MongoDB"},
		"JavaScript, GitHub Actions, PostgreSQL.":     nil,
		"github.com/jane and jane@github.io":          nil,
		"JIRA, AWS, pandas, Pandas, react to changes": nil,
		"Power Bi dashboards and powerpoint decks":    {"Power Bi → Power BI", "powerpoint → PowerPoint"},
		"Deployed with dotnet and Asp.net":            {"dotnet → .NET", "Asp.net → ASP.NET"},
		"The net result and a Red Hat box":            nil,
	} {
		if got := techMisspellings(s); !reflect.DeepEqual(got, want) {
			t.Errorf("techMisspellings(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestRolesOf(t *testing.T) {
	in := input(t, good)
	roles := rolesOf(in)
	if len(roles) != 2 || len(roles[0].bullets) != 3 || len(roles[1].bullets) != 2 || !roles[0].current || !roles[1].ended {
		t.Fatalf("roles: %+v", roles)
	}
	if roles[1].bullets[0].Line != 9 {
		t.Errorf("evidence line: %+v", roles[1].bullets[0])
	}
}

func TestProseOf(t *testing.T) {
	in := input(t, "Jane Doe\n\nSummary\nBackend engineer with eight years\nof payments work.\n\nExperience\nEngineer, Acme    2019 – 2021\n• Built the billing API.\n\nSkills\nGo, SQL\n")
	units := proseOf(in)
	if len(units) != 2 || units[0].Text != "Backend engineer with eight years of payments work." || units[0].Line != 3 ||
		!units[1].bullet || units[1].Text != "Built the billing API." {
		t.Errorf("units: %+v", units)
	}
}

// The embedded lists load, are not empty, and stay small enough for the
// WebAssembly build.
func TestLexiconsLoadAndStaySmall(t *testing.T) {
	total := 0
	entries, err := os.ReadDir("lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name, ok := strings.CutSuffix(e.Name(), ".txt")
		if !ok {
			continue
		}
		if len(lexicon.Lines(name)) == 0 {
			t.Errorf("%s is empty", e.Name())
		}
		info, _ := e.Info()
		total += int(info.Size())
	}
	t.Logf("lexicons: %d bytes", total)
	if total > 40_000 {
		t.Errorf("the lexicons take %d bytes; keep them under 40 KB", total)
	}
	if len(lexicon.Lines("verbs")) < 10 {
		t.Error("verbs has too few themes")
	}
	for _, n := range []string{"irregular", "taskverbs", "tech", "misspellings", "acronyms", "stopwords"} {
		if len(lexicon.Lines(n)) < 20 {
			t.Errorf("%s has too few entries", n)
		}
	}
	if !strongVerbs["lead"] || verbForms["led"].base != "lead" || !participles["written"] {
		t.Error("verb tables")
	}
}

// Every warning or failure of an impact or language check points at lines,
// and two runs give the same result.
func TestOwnChecksEvidenceAndDeterminism(t *testing.T) {
	for id, tc := range cases {
		if !strings.HasPrefix(id, "impact.") && !strings.HasPrefix(id, "language.") {
			continue
		}
		c := registry[id]
		for _, text := range append(append([]string{}, tc.fail...), tc.pass...) {
			in := input(t, text)
			r1, ok1 := c.Run(in)
			r2, ok2 := c.Run(input(t, text))
			if ok1 != ok2 || !reflect.DeepEqual(r1, r2) {
				t.Errorf("%s: two runs differ on %.40q", id, text)
			}
			if ok1 && r1.Status != Pass && len(r1.Evidence) == 0 && len(in.Resume.Meta.ResumeScore.Sections) > 0 && len(in.Resume.Bullets) > 0 {
				t.Errorf("%s: %s without evidence on %.40q", id, r1.Status, text)
			}
			for _, e := range r1.Evidence {
				if e.Page < 1 || e.Line < 1 || e.Text == "" {
					t.Errorf("%s: bad evidence %+v", id, e)
				}
			}
		}
	}
}

// A résumé in another language is not judged by English word lists.
func TestNonEnglishSkipsEnglishChecks(t *testing.T) {
	in := input(t, "Experiencia\nDesarrolladora, Tecnosur    2021 – 2024\n• Participé en la definición de la API GraphQL para la aplicación móvil del banco.\n• Aumenté la cobertura de pruebas de 35 % a 82 % con Jest y Cypress en el equipo.\n• Encargada del mantenimiento de reportes internos en Java y SQL Server para la empresa.\n• Migré los servicios de pago a una nueva arquitectura con colas y eventos en la nube.\n")
	if english(in) {
		t.Fatal("a Spanish résumé read as English")
	}
	for _, id := range []string{"impact.action-verb", "impact.weak-opener", "language.first-person", "language.tense", "language.spelling"} {
		if _, ok := registry[id].Run(in); ok {
			t.Errorf("%s ran on a Spanish résumé", id)
		}
	}
	if !english(input(t, good)) {
		t.Error("an English résumé read as foreign")
	}
}

func TestScoreBulletForRole(t *testing.T) {
	backend, _ := roles.Get("backend")
	r := ScoreBulletFor("Worked on the backend services.", backend)
	var fixes []string
	for _, f := range r.Findings {
		fixes = append(fixes, f.Fix)
	}
	all := strings.Join(fixes, " ")
	if !strings.Contains(all, "p99 latency") && !strings.Contains(all, "throughput") {
		t.Errorf("a backend fix should name the role's metrics: %q", all)
	}
	if strings.ContainsAny(all, "0123456789") && !strings.Contains(all, "p99") {
		t.Errorf("guidance must not invent numbers: %q", all)
	}
	if ScoreBulletFor("Cut p99 API latency from 1.4s to 280ms by adding Redis caching.", backend).Score <= r.Score {
		t.Error("a strong backend bullet must outscore a weak one")
	}
}

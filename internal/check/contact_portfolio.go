package check

var checkContactPortfolioLink = &Check{
	ID:       "contact.portfolio-link",
	Category: Contact,
	Title:    "A link shows your work (GitHub, portfolio)",
	Why:      "For technical and design roles, reviewers want to see the work itself; a GitHub, GitLab, Behance or personal-site link lets them check your claims in a minute.",
	Fix:      "Add a link to your code or portfolio in the header: github.com/your-name, or your own site with two or three case studies.",
	Before:   "Jane Doe · jane.doe@example.com · linkedin.com/in/janedoe",
	After:    "Jane Doe · jane.doe@example.com · linkedin.com/in/janedoe · github.com/janedoe",
	Since:    "0.1.0",
	Weight:   2,
	// Applies to technical and design résumés: those whose role profile is
	// of the tech, data or design family, or, with the general profile, those
	// a local heuristic reads as such (titles, or three or more programming
	// tools in the skills list).
	Run: func(in *Input) (Result, bool) {
		role := workLinkRole(in)
		if role == "" {
			return Result{}, false
		}
		for _, k := range docLinks(in) {
			if k.isPortfolio() && linkProblem(k) == "" {
				return Result{Status: Pass, Earned: 1, Evidence: []Evidence{k.Ev}, Message: "Work link found: " + k.Text + "."}, true
			}
		}
		want := "a GitHub or GitLab profile, or a site with your projects"
		if role == "design" {
			want = "a portfolio site, Behance or Dribbble"
		}
		return Result{Status: Warn, Earned: 0.4,
			Message: "This reads as a " + map[string]string{"tech": "technical", "design": "design"}[role] + " résumé, but no link shows your work; add " + want + "."}, true
	},
}

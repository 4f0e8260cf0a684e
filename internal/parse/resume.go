// Package parse turns a Document into a Resume: the structure an applicant
// tracking system would extract, in JSON Resume shape, with the page and line
// every field came from.
package parse

// Resume follows JSON Resume v1.2.1 field names; our extras live under
// meta.resumescore.
type Resume struct {
	Basics    Basics      `json:"basics"`
	Work      []Work      `json:"work,omitempty"`
	Education []Education `json:"education,omitempty"`
	Skills    []Skill     `json:"skills,omitempty"`
	Projects  []Project   `json:"projects,omitempty"`
	// The other JSON Resume sections, kept as given when the input is a
	// JSON Resume.
	Volunteer    []Work           `json:"volunteer,omitempty"`
	Awards       []map[string]any `json:"awards,omitempty"`
	Certificates []map[string]any `json:"certificates,omitempty"`
	Publications []map[string]any `json:"publications,omitempty"`
	Languages    []map[string]any `json:"languages,omitempty"`
	Interests    []map[string]any `json:"interests,omitempty"`
	References   []map[string]any `json:"references,omitempty"`
	Meta         Meta             `json:"meta"`

	// Bullets are every bulleted line, wrapped lines joined, in document order.
	Bullets []Bullet `json:"-"`
}

type Basics struct {
	Name     string    `json:"name,omitempty"`
	Label    string    `json:"label,omitempty"`
	Email    string    `json:"email,omitempty"`
	Phone    string    `json:"phone,omitempty"`
	URL      string    `json:"url,omitempty"`
	Summary  string    `json:"summary,omitempty"`
	Location *Location `json:"location,omitempty"`
	Profiles []Profile `json:"profiles,omitempty"`
}

type Location struct {
	Address     string `json:"address,omitempty"`
	City        string `json:"city,omitempty"`
	Region      string `json:"region,omitempty"`
	PostalCode  string `json:"postalCode,omitempty"`
	CountryCode string `json:"countryCode,omitempty"`

	sep string // how city and region were set apart, when not ", "
}

type Profile struct {
	Network  string `json:"network,omitempty"`
	Username string `json:"username,omitempty"`
	URL      string `json:"url,omitempty"`
}

type Work struct {
	Name string `json:"name,omitempty"`
	// Organization is JSON Resume's name of the employer in volunteer
	// entries.
	Organization string   `json:"organization,omitempty"`
	Position     string   `json:"position,omitempty"`
	Location     string   `json:"location,omitempty"`
	StartDate    string   `json:"startDate,omitempty"`
	EndDate      string   `json:"endDate,omitempty"`
	Highlights   []string `json:"highlights,omitempty"`
}

type Education struct {
	Institution string `json:"institution,omitempty"`
	StudyType   string `json:"studyType,omitempty"`
	Area        string `json:"area,omitempty"`
	StartDate   string `json:"startDate,omitempty"`
	EndDate     string `json:"endDate,omitempty"`
}

type Project struct {
	Name       string   `json:"name,omitempty"`
	StartDate  string   `json:"startDate,omitempty"`
	EndDate    string   `json:"endDate,omitempty"`
	Highlights []string `json:"highlights,omitempty"`
}

type Skill struct {
	Name     string   `json:"name"`
	Keywords []string `json:"keywords,omitempty"`
}

type Meta struct {
	ResumeScore Extras `json:"resumescore"`
}

// Extras are the facts beyond JSON Resume: where things were found.
type Extras struct {
	Sections []Section `json:"sections"`
	// Skills are the skills named in the skills section, by their canonical
	// names (golang → Go), each once.
	Skills     []string       `json:"skills,omitempty"`
	Provenance map[string]Ref `json:"provenance,omitempty"`
	// Language is the language the résumé is written in (ISO 639-1: en,
	// es, de, fr, pt), "" when unsure.
	Language string `json:"language,omitempty"`
	// Layout are the facts of the page a parser sees.
	Layout *Layout `json:"layout,omitempty"`
}

// Ref points at a line of the Document.
type Ref struct {
	Page int    `json:"page"`
	Line int    `json:"line"`
	Text string `json:"text"`
}

// Section is a heading and the kind of section it opens.
type Section struct {
	Heading string `json:"heading"`
	Kind    string `json:"kind"` // summary, experience, education, skills, projects, … or "other"
	Page    int    `json:"page"`
	Line    int    `json:"line"`
}

// Bullet is one bulleted statement and where it starts.
type Bullet struct {
	Text    string `json:"text"`
	Section string `json:"section"` // kind of the section it sits in
	Ref     Ref    `json:"-"`
}

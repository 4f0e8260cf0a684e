package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// sources holds the parts of ../shared/data the generator reads.
type sources struct {
	occupations map[string]string   // O*NET code → title
	titles      map[string][]string // O*NET code → alternate and reported titles
	reported    map[string]bool     // titles that appear in Sample of Reported Titles
	tasks       map[string][]string // O*NET code → task statements
	tech        map[string][]techRow
	esco        map[string][]string // ESCO preferred label → preferred + alternative labels
	linguist    []linguistLang
	devicon     []deviconName
	simpleIcons []simpleIcon
	topics      []topic
}

type techRow struct {
	Example   string
	Commodity string
	Hot       bool
	InDemand  bool
}

type linguistLang struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

type deviconName struct {
	Name     string   `json:"name"`
	AltNames []string `json:"altnames"`
	Tags     []string `json:"tags"`
}

type simpleIcon struct {
	Title   string `json:"title"`
	Aliases struct {
		AKA []string `json:"aka"`
	} `json:"aliases"`
}

type topic struct {
	Topic       string   `json:"topic"`
	DisplayName string   `json:"display_name"`
	Aliases     []string `json:"aliases"`
}

// readTSV calls fn with the fields of each row of a tab-separated O*NET file, header skipped.
func readTSV(path string, minFields int, fn func(f []string)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	first := true
	for sc.Scan() {
		if first {
			first = false
			continue
		}
		f := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(f) < minFields {
			continue
		}
		fn(f)
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

func loadSources(dir string) (*sources, error) {
	s := &sources{
		occupations: map[string]string{},
		titles:      map[string][]string{},
		reported:    map[string]bool{},
		tasks:       map[string][]string{},
		tech:        map[string][]techRow{},
		esco:        map[string][]string{},
	}
	onet := filepath.Join(dir, "onet")
	steps := []func() error{
		func() error {
			return readTSV(filepath.Join(onet, "Occupation Data.txt"), 2, func(f []string) { s.occupations[f[0]] = f[1] })
		},
		func() error {
			return readTSV(filepath.Join(onet, "Alternate Titles.txt"), 2, func(f []string) { s.titles[f[0]] = append(s.titles[f[0]], f[1]) })
		},
		func() error {
			return readTSV(filepath.Join(onet, "Sample of Reported Titles.txt"), 2, func(f []string) {
				s.titles[f[0]] = append(s.titles[f[0]], f[1])
				s.reported[f[1]] = true
			})
		},
		func() error {
			return readTSV(filepath.Join(onet, "Task Statements.txt"), 3, func(f []string) { s.tasks[f[0]] = append(s.tasks[f[0]], f[2]) })
		},
		func() error {
			return readTSV(filepath.Join(onet, "Technology Skills.txt"), 6, func(f []string) {
				s.tech[f[0]] = append(s.tech[f[0]], techRow{Example: f[1], Commodity: f[3], Hot: f[4] == "Y", InDemand: f[5] == "Y"})
			})
		},
		func() error { return s.loadESCO(filepath.Join(dir, "esco", "occupations_en.csv")) },
		func() error { return readJSON(filepath.Join(dir, "lexicons", "linguist-languages.json"), &s.linguist) },
		func() error { return readJSON(filepath.Join(dir, "lexicons", "devicon-names.json"), &s.devicon) },
		func() error {
			return readJSON(filepath.Join(dir, "lexicons", "simple-icons-titles.json"), &s.simpleIcons)
		},
		func() error { return readJSON(filepath.Join(dir, "github-explore-topics", "topics.json"), &s.topics) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *sources) loadESCO(path string) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	r := csv.NewReader(file)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if len(rows) == 0 {
		return fmt.Errorf("%s: empty", path)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	pi, ai := col["preferredLabel"], col["altLabels"]
	for _, row := range rows[1:] {
		if len(row) <= pi || len(row) <= ai {
			continue
		}
		pref := strings.TrimSpace(row[pi])
		labels := []string{pref}
		for _, a := range strings.Split(row[ai], "\n") {
			if a = strings.TrimSpace(a); a != "" {
				labels = append(labels, a)
			}
		}
		s.esco[pref] = labels
	}
	return nil
}

package engine

import (
	"context"
	"sort"

	"github.com/resumescore/resumescore/internal/check"
	"github.com/resumescore/resumescore/internal/parse"
	"github.com/resumescore/resumescore/internal/report"
	"github.com/resumescore/resumescore/internal/roles"
)

// The documents the CLI prints as JSON besides the report — the parsed
// résumé (`resumescore parse`), the check registry (`checks --json`) and the
// role profiles (`roles --json`) — as the edge API serves them: byte for byte
// what the CLI prints with json.Encoder and SetIndent("", "  "), written
// without encoding/json so that the WebAssembly builds need not carry it
// (api_test.go compares the bytes with encoding/json's).

// ParseJSON is Parse, the résumé as JSON Resume with the engine's extras
// under meta.resumescore, encoded as `resumescore parse` prints it. Errors
// are Parse's.
func ParseJSON(ctx context.Context, in Input, opt Options) ([]byte, error) {
	res, err := Parse(ctx, in, opt)
	if err != nil {
		return nil, err
	}
	return resumeJSON(res)
}

// resumeJSON encodes a Resume with the report's encoder, indented.
func resumeJSON(res *parse.Resume) ([]byte, error) {
	b, err := report.ResumeJSON(res)
	if err != nil {
		return nil, err
	}
	return IndentJSON(b[:len(b)-1]), nil // IndentJSON adds the newline
}

// RegistryJSON is the check registry, sorted by ID, as `resumescore checks
// --json` prints it.
func RegistryJSON() []byte {
	var w jw
	w.s("[")
	for i, c := range check.All() {
		if i > 0 {
			w.s(",")
		}
		w.s(`{"id":`).str(c.ID).s(`,"category":`).str(string(c.Category)).s(`,"title":`).str(c.Title).
			s(`,"why":`).str(c.Why).s(`,"fix":`).str(c.Fix).s(`,"before":`).str(c.Before).
			s(`,"after":`).str(c.After).s(`,"since":`).str(c.Since).s(`,"weight":`).num(c.Weight).s("}")
	}
	w.s("]")
	return IndentJSON(w.b)
}

// ProfilesJSON is every role profile in full, sorted by id, as `resumescore
// roles --json` prints it (the browser has a short picker list of its own).
func ProfilesJSON() []byte {
	var w jw
	w.s("[")
	for i, p := range roles.All() {
		if i > 0 {
			w.s(",")
		}
		w.s(`{"id":`).str(p.ID).s(`,"name":`).str(p.Name).s(`,"family":`).str(p.Family).
			s(`,"priority":`).int(p.Priority)
		if len(p.ONET) > 0 {
			w.s(`,"onet":`).strs(p.ONET)
		}
		w.s(`,"sectionOrder":`).strs(p.SectionOrder).s(`,"keywordGroups":`)
		if p.KeywordGroups == nil {
			w.s("null")
		} else {
			w.s("[")
			for j, g := range p.KeywordGroups {
				if j > 0 {
					w.s(",")
				}
				w.s(`{"id":`).str(g.ID).s(`,"name":`).str(g.Name)
				if g.Required {
					w.s(`,"required":true`)
				}
				w.s(`,"keywords":`).strs(g.Keywords).s("}")
			}
			w.s("]")
		}
		if p.RequiredAdvice != "" {
			w.s(`,"requiredAdvice":`).str(p.RequiredAdvice)
		}
		w.s(`,"verbs":`).strs(p.Verbs).s(`,"metrics":`)
		if p.Metrics == nil {
			w.s("null")
		} else {
			w.s("[")
			for j, m := range p.Metrics {
				if j > 0 {
					w.s(",")
				}
				w.s(`{"id":`).str(m.ID).s(`,"name":`).str(m.Name).s(`,"patterns":`).strs(m.Patterns).s("}")
			}
			w.s("]")
		}
		if len(p.Advice) > 0 {
			w.s(`,"advice":`).strs(p.Advice)
		}
		if len(p.Aliases) > 0 {
			keys := make([]string, 0, len(p.Aliases))
			for k := range p.Aliases {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			w.s(`,"aliases":{`)
			for j, k := range keys {
				if j > 0 {
					w.s(",")
				}
				w.str(k).s(":").strs(p.Aliases[k])
			}
			w.s("}")
		}
		w.s(`,"titles":`).strs(p.Titles).s(`,"source":`).str(p.Source).s("}")
	}
	w.s("]")
	return IndentJSON(w.b)
}

// AppendJSONString appends s as a JSON string, escaped as encoding/json
// escapes it (HTML-safe; bad UTF-8 as U+FFFD).
func AppendJSONString(b []byte, s string) []byte { return report.AppendJSONString(b, s) }

// KnownRole reports whether id names a role profile (as Options.Role takes it).
func KnownRole(id string) bool {
	_, ok := roles.Get(id)
	return ok
}

// IsJSONResume reports whether Score and Parse read data as a JSON Resume
// document (and not as text).
func IsJSONResume(data []byte) bool { return parse.IsJSONResume(data) }

// IndentJSON indents compact JSON (no whitespace outside strings) as
// json.Indent with prefix "" and indent "  " does, and adds the newline
// json.Encoder ends a value with.
func IndentJSON(compact []byte) []byte {
	out := make([]byte, 0, len(compact)+len(compact)/2)
	depth := 0
	newline := func() {
		out = append(out, '\n')
		for range depth {
			out = append(out, ' ', ' ')
		}
	}
	inString := false
	for i := 0; i < len(compact); i++ {
		c := compact[i]
		if inString {
			out = append(out, c)
			switch c {
			case '\\':
				if i+1 < len(compact) {
					i++
					out = append(out, compact[i])
				}
			case '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
			out = append(out, c)
		case '{', '[':
			out = append(out, c)
			// An empty object or array stays on its line.
			if i+1 < len(compact) && (compact[i+1] == '}' || compact[i+1] == ']') {
				i++
				out = append(out, compact[i])
				continue
			}
			depth++
			newline()
		case '}', ']':
			depth--
			newline()
			out = append(out, c)
		case ',':
			out = append(out, c)
			newline()
		case ':':
			out = append(out, ':', ' ')
		default:
			out = append(out, c)
		}
	}
	return append(out, '\n')
}

package engine

import (
	"context"
	"sort"

	"github.com/resumescore/resumescore/internal/extract"
	"github.com/resumescore/resumescore/internal/report"
	"github.com/resumescore/resumescore/internal/roles"
)

// What the browser page needs beside the report: the text as the engine read
// it (for "what the ATS read") and the role profiles (for the role picker);
// the check registry (why, how to fix and an example for each finding) is
// RegistryJSON. The JSON is written by hand, as report.JSON is, so that the
// WebAssembly build need not carry encoding/json for it.

// ScoreRead is Score that also returns the Document it read, so that a face
// showing the text beside the report reads the file once. Its report is
// Score's, byte for byte (the browser binding's tests compare them).
func ScoreRead(ctx context.Context, in Input, opt Options) (*report.Report, *extract.Document, error) {
	doc, res, err := read(ctx, in, opt)
	if err != nil {
		return nil, nil, err
	}
	r, err := checkAndScore(doc, res, len(in.Data), opt)
	if err != nil {
		return nil, nil, err
	}
	return r, doc, nil
}

// TextJSON is the Document as the page shows it: pages of lines in reading
// order, each line with its number and where it sits (header or footer band,
// column, table or text box), the page's columns, and the hidden text:
//
//	{"format":"pdf","pages":[{"number":1,"columns":[{"role":"main"}],
//	  "lines":[{"line":1,"text":"…","band":"header","column":1,"in":"table","bold":true}]}],
//	 "totalPages":2,"hidden":[{"page":1,"text":"…","reason":"tiny"}]}
func TextJSON(doc *extract.Document) []byte {
	var w jw
	w.s(`{"format":`).str(doc.Format).s(`,"pages":[`)
	for i, p := range doc.Pages {
		if i > 0 {
			w.s(",")
		}
		w.s(`{"number":`).int(p.Number).s(`,"columns":[`)
		for j, c := range p.Columns {
			if j > 0 {
				w.s(",")
			}
			w.s(`{"role":`).str(c.Role).s("}")
		}
		w.s(`],"images":`).int(p.Images).s(`,"lines":[`)
		for j, l := range p.Lines {
			if j > 0 {
				w.s(",")
			}
			w.s(`{"line":`).int(l.Number).s(`,"text":`).str(l.Text)
			if l.Band != "" {
				w.s(`,"band":`).str(l.Band)
			}
			if l.Column > 0 {
				w.s(`,"column":`).int(l.Column)
			}
			if l.In != "" {
				w.s(`,"in":`).str(l.In)
			}
			if l.Bold {
				w.s(`,"bold":true`)
			}
			w.s("}")
		}
		w.s("]}")
	}
	w.s(`],"totalPages":`).int(max(doc.TotalPages, len(doc.Pages))).s(`,"hidden":[`)
	for i, h := range doc.Hidden {
		if i > 0 {
			w.s(",")
		}
		w.s(`{"page":`).int(h.Page).s(`,"text":`).str(h.Text).s(`,"reason":`).str(h.Reason).s("}")
	}
	w.s("]}")
	return w.b
}

// RolesJSON lists the role profiles for a picker, sorted by name:
// [{"id":"backend","name":"Backend Engineer","family":"tech"}, …].
func RolesJSON() []byte {
	all := roles.All()
	sort.SliceStable(all, func(i, j int) bool { return all[i].Name < all[j].Name })
	var w jw
	w.s("[")
	for i, p := range all {
		if i > 0 {
			w.s(",")
		}
		w.s(`{"id":`).str(p.ID).s(`,"name":`).str(p.Name).s(`,"family":`).str(p.Family).s("}")
	}
	w.s("]")
	return w.b
}

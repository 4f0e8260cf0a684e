package extract

import (
	"fmt"
	"strings"
)

// LayoutText renders the document with its layout made visible, for
// `resumescore text --layout`: per page its size, columns and images; each
// block with its band or column; each line with its font size and weight;
// then the hidden text and the links.
func (d *Document) LayoutText() string {
	var b strings.Builder
	for _, p := range d.Pages {
		fmt.Fprintf(&b, "=== page %d", p.Number)
		if p.Width > 0 {
			fmt.Fprintf(&b, "  %g×%g pt", p.Width, p.Height)
		}
		if len(p.Columns) > 0 {
			var cs []string
			for i, c := range p.Columns {
				if c.W > 0 {
					cs = append(cs, fmt.Sprintf("%d %s (x %g, w %g)", i+1, c.Role, c.X, c.W))
				} else {
					cs = append(cs, fmt.Sprintf("%d %s", i+1, c.Role))
				}
			}
			fmt.Fprintf(&b, "  columns: %s", strings.Join(cs, " · "))
		} else {
			b.WriteString("  one column")
		}
		if p.Images > 0 {
			fmt.Fprintf(&b, "  images: %d (%.0f%% of the page)", p.Images, p.ImageCover*100)
		}
		b.WriteByte('\n')
		block := -1
		for _, l := range p.Lines {
			if l.Block != block {
				block = l.Block
				var tags []string
				if l.Band != "" {
					tags = append(tags, l.Band)
				}
				if l.Column > 0 {
					role := ""
					if l.Column <= len(p.Columns) {
						role = " (" + p.Columns[l.Column-1].Role + ")"
					}
					tags = append(tags, fmt.Sprintf("column %d%s", l.Column, role))
				}
				if l.In != "" {
					tags = append(tags, "in "+l.In)
				}
				fmt.Fprintf(&b, "--- block %d", l.Block)
				if len(tags) > 0 {
					b.WriteString(" · " + strings.Join(tags, " · "))
				}
				b.WriteByte('\n')
			}
			style := ""
			if l.Size > 0 {
				style = fmt.Sprintf("%4.1f", l.Size)
			}
			if l.Bold {
				style += " b"
			} else {
				style += "  "
			}
			fmt.Fprintf(&b, "%-7s %s\n", style, l.Text)
		}
	}
	if len(d.Hidden) > 0 {
		b.WriteString("=== hidden text (not in the lines above)\n")
		for _, h := range d.Hidden {
			fmt.Fprintf(&b, "page %d, %s: %q\n", h.Page, h.Reason, h.Text)
		}
	}
	if len(d.Links) > 0 {
		b.WriteString("=== links\n")
		for _, l := range d.Links {
			fmt.Fprintf(&b, "page %d line %d %q → %s\n", l.Page, l.Line, l.Text, l.URI)
		}
	}
	if d.TotalPages > len(d.Pages) {
		fmt.Fprintf(&b, "=== %d more pages not read (page cap)\n", d.TotalPages-len(d.Pages))
	}
	return b.String()
}

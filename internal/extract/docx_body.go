package extract

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// parts parses one WordprocessingML part (the body, a header, a footer)
// into paragraphs in reading order.
func (r *docxReader) parts(name, band string) []docxPara {
	data := r.read(name)
	if len(data) == 0 {
		return nil
	}
	d := newXMLDecoder(data)
	var out []docxPara
	var stack []*docxPara    // open paragraphs (text boxes nest them)
	var pending [][]docxPara // text-box paragraphs per open paragraph
	var cells []int          // cell index per open table
	var links []string       // open hyperlinks
	inTextbox := 0
	inPPr, inRPr, skip := 0, 0, 0
	var run docxRun
	inRun := false
	fieldInstr, fieldURI := "", ""
	fieldState := 0 // 0 none, 1 reading instruction, 2 showing result
	pageBreak := false
	color := ""
	x := &xmlTokens{d: d, b: r.b}
	for {
		tok, ok := x.next()
		if !ok {
			break
		}
		switch t := tok.(type) {
		case xmlStartElement:
			if skip > 0 {
				skip++
				continue
			}
			ln := t.Name.Local
			if t.Name.Space != "" && !isW(t.Name) {
				switch ln {
				case "Fallback":
					skip = 1 // mc:AlternateContent: read the Choice only
				}
				continue
			}
			switch ln {
			case "p":
				p := &docxPara{band: band}
				if len(cells) > 0 {
					p.in, p.column = "table", cells[len(cells)-1]+1
				}
				if inTextbox > 0 {
					p.in = "textbox"
				}
				stack = append(stack, p)
				pending = append(pending, nil)
			case "pPr":
				inPPr++
			case "rPr":
				if inRun {
					inRPr++
				}
			case "pStyle":
				if len(stack) > 0 {
					stack[len(stack)-1].style, _ = attr(t, "val")
				}
			case "numId":
				if len(stack) > 0 && inPPr > 0 {
					p := stack[len(stack)-1]
					p.numID, _ = attr(t, "val")
					p.hasNum = true
				}
			case "ilvl":
				if len(stack) > 0 && inPPr > 0 {
					v, _ := attr(t, "val")
					stack[len(stack)-1].ilvl, _ = strconv.Atoi(v)
				}
			case "r":
				inRun = true
				run = docxRun{}
				color = ""
				if len(links) > 0 {
					run.uri = links[len(links)-1]
				}
				if fieldState == 2 && fieldURI != "" {
					run.uri = fieldURI
				}
			case "rStyle":
				if inRun {
					st := r.style(attrOr(t, "val"))
					run.bold = run.bold || st.bold > 0
					run.italic = run.italic || st.italic > 0
					if st.size > 0 {
						run.size = st.size
					}
				}
			case "b", "bCs":
				if inRPr > 0 && ln == "b" {
					run.bold = onOff(t)
				}
			case "i":
				if inRPr > 0 {
					run.italic = onOff(t)
				}
			case "sz":
				if inRPr > 0 {
					if n, err := strconv.ParseFloat(attrOr(t, "val"), 64); err == nil {
						run.size = n / 2
					}
				}
			case "vanish", "specVanish":
				if inRPr > 0 && onOff(t) {
					run.hidden = "invisible"
				}
			case "color":
				if inRPr > 0 {
					color = strings.ToUpper(attrOr(t, "val"))
				}
			case "t":
				if inRun && inPPr == 0 {
					s, err := d.elementText()
					x.depth-- // elementText read the end tag
					if err == nil {
						r.addText(stack, &run, s, color)
					}
				}
			case "delText", "instrText":
				if ln == "instrText" && fieldState == 1 {
					s, _ := d.elementText()
					x.depth--
					fieldInstr += s
					continue
				}
				skip = 1
			case "tab", "ptab":
				// A tab sets a field apart (dates at a right tab stop).
				if inRun && inPPr == 0 {
					r.addText(stack, &run, "\t", color)
				}
			case "noBreakHyphen":
				r.addText(stack, &run, "-", color)
			case "sym":
				font := strings.ToLower(attrOr(t, "font"))
				if v, err := strconv.ParseUint(attrOr(t, "char"), 16, 32); err == nil {
					c := rune(v)
					if c >= 0xf000 {
						c -= 0xf000
					}
					s := string(c)
					for k, m := range symbolBullets {
						if strings.Contains(font, k) {
							if b, ok := m[c]; ok {
								s = string(b)
							}
						}
					}
					r.addText(stack, &run, s, color)
				}
			case "br", "cr":
				if typ, _ := attr(t, "type"); typ == "page" {
					pageBreak = true
				} else if inRun && len(stack) > 0 {
					r.flushRun(stack, &run)
					run.lineBrk = true
				}
			case "lastRenderedPageBreak":
				pageBreak = true
			case "fldChar":
				switch attrOr(t, "fldCharType") {
				case "begin":
					fieldState, fieldInstr, fieldURI = 1, "", ""
				case "separate":
					fieldState = 2
					fieldURI = safeURI(hyperlinkTarget(fieldInstr))
				case "end":
					fieldState, fieldURI = 0, ""
				}
			case "fldSimple":
				fieldURI = safeURI(hyperlinkTarget(attrOr(t, "instr")))
				fieldState = 2
			case "hyperlink":
				uri := safeURI(r.rels[attrOr(t, "id")])
				links = append(links, uri)
			case "tbl":
				cells = append(cells, -1)
			case "tr":
				if len(cells) > 0 {
					cells[len(cells)-1] = -1
				}
			case "tc":
				if len(cells) > 0 {
					cells[len(cells)-1]++
				}
			case "txbxContent":
				inTextbox++
			}
		case xmlEndElement:
			if skip > 0 {
				skip--
				continue
			}
			if t.Name.Space != "" && !isW(t.Name) {
				continue
			}
			switch t.Name.Local {
			case "p":
				n := len(stack)
				if n == 0 {
					continue
				}
				p := stack[n-1]
				boxes := pending[n-1]
				stack, pending = stack[:n-1], pending[:n-1]
				if pageBreak && len(out) > 0 && len(stack) == 0 {
					out = append(out, docxPara{in: "pagebreak"})
					pageBreak = false
				}
				if len(stack) > 0 && p.in == "textbox" {
					pending[len(pending)-1] = append(append(pending[len(pending)-1], *p), boxes...)
					continue
				}
				out = append(out, *p)
				out = append(out, boxes...)
			case "pPr":
				inPPr = max(inPPr-1, 0)
			case "rPr":
				inRPr = max(inRPr-1, 0)
			case "r":
				r.flushRun(stack, &run)
				inRun = false
			case "hyperlink":
				if len(links) > 0 {
					links = links[:len(links)-1]
				}
			case "fldSimple":
				fieldState, fieldURI = 0, ""
			case "tbl":
				if len(cells) > 0 {
					cells = cells[:len(cells)-1]
				}
			case "txbxContent":
				inTextbox = max(inTextbox-1, 0)
			}
		}
	}
	return out
}

func attrOr(se xmlStartElement, local string) string {
	v, _ := attr(se, local)
	return v
}

func hyperlinkTarget(instr string) string {
	f := strings.Fields(instr)
	if len(f) >= 2 && strings.EqualFold(f[0], "HYPERLINK") {
		for _, a := range f[1:] {
			if !strings.HasPrefix(a, "\\") {
				return strings.Trim(a, `"`)
			}
		}
	}
	return ""
}

// addText appends text to the open run, judging whether it can be seen.
//
//go:noinline
func (r *docxReader) addText(stack []*docxPara, run *docxRun, s, color string) {
	if len(stack) == 0 {
		return
	}
	if run.hidden == "" && (color == "FFFFFF" || color == "FFFFFE") {
		run.hidden = "same color as background"
	}
	if run.hidden == "" && run.size > 0 && run.size < 1.5 {
		run.hidden = "tiny"
	}
	run.text += s
}

// flushRun moves the open run into the innermost open paragraph.
func (r *docxReader) flushRun(stack []*docxPara, run *docxRun) {
	if len(stack) == 0 || run.text == "" && !run.lineBrk {
		return
	}
	p := stack[len(stack)-1]
	p.runs = append(p.runs, *run)
	uri := run.uri
	*run = docxRun{bold: run.bold, italic: run.italic, size: run.size, hidden: run.hidden, uri: uri}
}

func dedupeParas(ps []docxPara) []docxPara {
	seen := map[string]bool{}
	var out []docxPara
	for _, p := range ps {
		var b strings.Builder
		for _, r := range p.runs {
			b.WriteString(r.text)
		}
		k := strings.TrimSpace(b.String())
		if k != "" && seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, p)
	}
	return out
}

// emitAll writes paragraphs as lines: one block per paragraph, a line per
// explicit line break, the list label first.
func (r *docxReader) emitAll(ps []docxPara) {
	for _, p := range ps {
		if p.in == "pagebreak" {
			if len(r.page.Lines) > 0 {
				r.newPage()
			}
			continue
		}
		r.emit(p)
	}
}

func (r *docxReader) emit(p docxPara) {
	st := r.style(p.style)
	label := ""
	numID, ilvl := p.numID, p.ilvl
	if !p.hasNum && st.numID != "" {
		numID, ilvl = st.numID, st.ilvl
	}
	if numID != "" {
		label = r.label(numID, ilvl)
	}
	r.block++
	var line *Line
	var text strings.Builder
	newLine := func() {
		r.page.Lines = append(r.page.Lines, Line{Number: len(r.page.Lines) + 1, Block: r.block, Column: p.column, Band: p.band, In: p.in})
		line = &r.page.Lines[len(r.page.Lines)-1]
		text.Reset()
	}
	finish := func() {
		if line == nil {
			return
		}
		line.Text = foldSpaces(text.String())
		if line.Text == "" {
			r.page.Lines = r.page.Lines[:len(r.page.Lines)-1]
		} else {
			bold, all := 0, 0
			for _, s := range line.Spans {
				n := utf8.RuneCountInString(s.Text)
				all += n
				if s.Bold {
					bold += n
				}
				line.Size = math.Max(line.Size, s.Size)
			}
			line.Bold = all > 0 && bold*2 > all
		}
		line = nil
	}
	var hidden strings.Builder
	for _, run := range p.runs {
		if run.lineBrk {
			finish()
		}
		if run.hidden != "" {
			if t := strings.TrimSpace(run.text); t != "" {
				if hidden.Len() > 0 {
					hidden.WriteByte(' ')
				}
				hidden.WriteString(t)
				if len(r.hidden) < 200 {
					r.hidden = append(r.hidden, Hidden{Page: r.page.Number, Text: t, Reason: run.hidden})
				}
			}
			continue
		}
		if line == nil {
			newLine()
			if label != "" {
				text.WriteString(label + " ")
				label = ""
			}
		}
		t := cleanText(run.text)
		size := run.size
		if size == 0 {
			size = st.size
		}
		if size == 0 {
			size = r.defSz
		}
		bold := run.bold || st.bold > 0
		text.WriteString(t)
		line.Spans = append(line.Spans, Span{Text: strings.TrimSpace(t), Size: size, Bold: bold, Italic: run.italic || st.italic > 0, URI: run.uri})
		if run.uri != "" && strings.TrimSpace(t) != "" {
			r.doc.Links = append(r.doc.Links, Link{Page: r.page.Number, Line: line.Number, Text: strings.TrimSpace(t), URI: run.uri})
		}
	}
	finish()
	_ = hidden
}

// foldSpaces collapses runs of spaces to one and runs holding a tab to one
// tab, trimming the ends.
func foldSpaces(s string) string {
	var b strings.Builder
	for _, field := range strings.Split(s, "\t") {
		if f := strings.Join(strings.Fields(field), " "); f != "" {
			if b.Len() > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(f)
		}
	}
	return b.String()
}

// cleanText folds compatibility characters and drops controls, as for PDF.
func cleanText(s string) string {
	// Tabs set fields apart: keep them, clean what they separate.
	if strings.Contains(s, "\t") {
		parts := strings.Split(s, "\t")
		for i, p := range parts {
			parts[i] = cleanText(p)
		}
		return strings.Join(parts, "\t")
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\u00ad':
		case r == '\n' || r == '\r' || r == 0xa0:
			b.WriteByte(' ')
		case r < 0x20 || r == 0xfffd || r == 0xfeff || r >= 0xe000 && r <= 0xf8ff:
		default:
			b.WriteRune(r)
		}
	}
	return cleanGlyph(b.String())
}

// safeURI keeps link targets a reader could follow (web, mail, phone) and
// drops script and data URLs.
func safeURI(u string) string {
	u = strings.TrimSpace(u)
	low := strings.ToLower(u)
	i := strings.IndexByte(low, ':')
	if i < 0 {
		return u
	}
	switch low[:i] {
	case "http", "https", "mailto", "tel", "ftp":
		return u
	}
	if strings.ContainsAny(low[:i], "/.?#") {
		return u // "www.example.com/a:b" has no scheme
	}
	return ""
}

// tableColumns describes the columns of layout tables, by text amount.
func tableColumns(p *Page) {
	chars := map[int]int{}
	maxCol := 0
	for _, l := range p.Lines {
		if l.In == "table" && l.Column > 0 {
			chars[l.Column] += utf8.RuneCountInString(l.Text)
			maxCol = max(maxCol, l.Column)
		}
	}
	if maxCol < 2 {
		for i := range p.Lines {
			p.Lines[i].Column = 0
		}
		return
	}
	best := 1
	for c := 1; c <= maxCol; c++ {
		if chars[c] > chars[best] {
			best = c
		}
	}
	for c := 1; c <= maxCol; c++ {
		role := "sidebar"
		if c == best {
			role = "main"
		}
		p.Columns = append(p.Columns, Column{Role: role})
	}
}

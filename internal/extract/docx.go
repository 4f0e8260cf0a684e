package extract

import (
	"context"
	"sort"
	"strconv"
	"strings"
)

// DOCX: paragraphs in document order, list items with their bullet or
// number, tables cell by cell (a layout table reads one column at a time),
// text boxes after the paragraph that anchors them, headers and footers
// flagged, hyperlinks attached, hidden text (vanish, white, tiny) kept out.

const (
	maxZipFiles    = 5000
	maxPartBytes   = 8 << 20
	docxWordSpaces = "http://schemas.openxmlformats.org/wordprocessingml/2006/main http://purl.oclc.org/ooxml/wordprocessingml/main"
)

type docxReader struct {
	b      *budget
	zip    *zipArchive
	buf    []byte            // parts are inflated into it, one after another
	err    *Error            // the first part that could not be read
	rels   map[string]string // r:id → external target
	styles map[string]docxStyle
	nums   map[string]map[int]docxLevel // numId → level → format
	counts map[string][]int             // numId → counters per level
	defSz  float64

	doc      *Document
	page     *Page
	block    int
	hidden   []Hidden
	textboxQ [][]docxPara
}

type docxStyle struct {
	basedOn string
	bold    int8 // -1 off, 0 unset, 1 on
	italic  int8
	size    float64
	numID   string
	ilvl    int
	heading bool
}

type docxLevel struct {
	format string // "bullet", "decimal", "lowerLetter", …
	text   string // "%1." or the bullet character
	start  int
}

// docxRun is a run of text with its formatting.
type docxRun struct {
	text    string
	bold    bool
	italic  bool
	size    float64
	uri     string
	hidden  string
	lineBrk bool // a line break before this run
}

type docxPara struct {
	runs   []docxRun
	style  string
	numID  string
	ilvl   int
	hasNum bool
	in     string // "table", "textbox"
	column int
	band   string
}

// docxBody is the part that holds the document's text.
const docxBody = "word/document.xml"

func readDOCX(ctx context.Context, data []byte, lim Limits) (*Document, error) {
	z, err := openZip(data, maxZipFiles)
	if err != nil {
		return nil, errorf(zipKind(err), "%v", err)
	}
	if _, ok := z.members[docxBody]; !ok {
		return nil, errorf(KindUnsupported, "zip without word/document.xml")
	}
	r := &docxReader{b: newBudget(ctx, lim), zip: z, rels: map[string]string{},
		styles: map[string]docxStyle{}, nums: map[string]map[int]docxLevel{}, counts: map[string][]int{}, defSz: 11}
	// Nothing read keeps a part's bytes (the XML decoder copies out what it
	// returns), so the buffer goes back to the PDF side's pool after.
	r.buf = getInflateBuf()
	defer func() {
		if buf := r.buf[:0]; cap(buf) <= maxInflateBuf {
			inflateBufs.Put(&buf)
		}
	}()
	r.readRels()
	r.readStyles()
	r.readNumbering()
	r.doc = &Document{Format: "docx"}
	r.newPage()
	var head, foot []docxPara
	for _, name := range r.partNames("word/header") {
		head = append(head, r.parts(name, "header")...)
	}
	for _, name := range r.partNames("word/footer") {
		foot = append(foot, r.parts(name, "footer")...)
	}
	body := r.parts(docxBody, "")
	if r.err != nil {
		return nil, r.err
	}
	if err := r.b.check(); err != nil {
		return nil, errorf(KindTimeout, "reading the document")
	}
	r.emitAll(dedupeParas(head))
	r.emitAll(body)
	r.emitAll(dedupeParas(foot))
	for i := range r.doc.Pages {
		tableColumns(&r.doc.Pages[i])
	}
	r.doc.Hidden = r.hidden
	r.doc.TotalPages = len(r.doc.Pages)
	if r.doc.WordCount() == 0 {
		return nil, errorf(KindNoText, "the document has no text")
	}
	return r.doc, nil
}

func (r *docxReader) newPage() {
	r.doc.Pages = append(r.doc.Pages, Page{Number: len(r.doc.Pages) + 1})
	r.page = &r.doc.Pages[len(r.doc.Pages)-1]
}

// read returns a part's bytes, valid until the next read. A part over the
// cap is cut to it. A damaged part is read as missing, so that a broken
// header or style sheet costs only itself, except the body: when
// word/document.xml cannot be read the document fails (r.err) with the
// reason.
func (r *docxReader) read(name string) []byte {
	if r.err != nil || r.b.check() != nil {
		return nil
	}
	limit := min(maxPartBytes, r.b.streamLimit())
	data, err := r.zip.read(name, limit, r.buf)
	r.buf = data[:0]
	if err != nil && err != errTooBig {
		if name == docxBody {
			r.err = errorf(zipKind(err), "%v", err)
		}
		return nil
	}
	r.b.spend(len(data))
	return data
}

func (r *docxReader) partNames(prefix string) []string {
	var out []string
	for name := range r.zip.members {
		if strings.HasPrefix(name, prefix) && strings.HasSuffix(name, ".xml") {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// xmlTokens reads tokens under the budget and a nesting cap: no real
// document nests 256 deep, and the decoder keeps a stack of open elements.
type xmlTokens struct {
	d     *xmlDecoder
	b     *budget
	depth int
}

func newXMLTokens(data []byte, b *budget) *xmlTokens {
	return &xmlTokens{d: newXMLDecoder(data), b: b}
}

func (x *xmlTokens) next() (any, bool) {
	if !x.b.tick() {
		return nil, false
	}
	tok, err := x.d.Token()
	if err != nil {
		return nil, false
	}
	switch tok.(type) {
	case xmlStartElement:
		x.depth++
	case xmlEndElement:
		x.depth--
	}
	return tok, x.depth <= 256
}

func isW(n xmlName) bool {
	return n.Space == "" || strings.Contains(docxWordSpaces, n.Space)
}

// attr and addText are not inlined: their dozens of call sites would each
// grow the WebAssembly code.
//
//go:noinline
func attr(se xmlStartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// onOff reads a toggle property (<w:b/>, <w:b w:val="0"/>).
func onOff(se xmlStartElement) bool {
	v, ok := attr(se, "val")
	return !ok || (v != "0" && v != "false" && v != "off" && v != "none")
}

func (r *docxReader) readRels() {
	data := r.read("word/_rels/document.xml.rels")
	x := newXMLTokens(data, r.b)
	for {
		tok, ok := x.next()
		if !ok {
			return
		}
		if se, ok := tok.(xmlStartElement); ok && se.Name.Local == "Relationship" {
			id, _ := attr(se, "Id")
			target, _ := attr(se, "Target")
			mode, _ := attr(se, "TargetMode")
			if mode == "External" {
				r.rels[id] = target
			}
		}
	}
}

func (r *docxReader) readStyles() {
	data := r.read("word/styles.xml")
	x := newXMLTokens(data, r.b)
	var cur *docxStyle
	var id string
	inDefaults := false
	for {
		tok, ok := x.next()
		if !ok {
			break
		}
		switch t := tok.(type) {
		case xmlStartElement:
			switch t.Name.Local {
			case "docDefaults":
				inDefaults = true
			case "style":
				id, _ = attr(t, "styleId")
				cur = &docxStyle{}
				name, _ := attr(t, "type")
				_ = name
			case "basedOn":
				if cur != nil {
					cur.basedOn, _ = attr(t, "val")
				}
			case "name":
				if cur != nil {
					v, _ := attr(t, "val")
					cur.heading = strings.HasPrefix(strings.ToLower(v), "heading") || strings.EqualFold(v, "title")
				}
			case "b":
				if cur != nil {
					cur.bold = tri(onOff(t))
				}
			case "i":
				if cur != nil {
					cur.italic = tri(onOff(t))
				}
			case "sz":
				v, _ := attr(t, "val")
				if n, err := strconv.ParseFloat(v, 64); err == nil {
					if cur != nil {
						cur.size = n / 2
					} else if inDefaults {
						r.defSz = n / 2
					}
				}
			case "numId":
				if cur != nil {
					cur.numID, _ = attr(t, "val")
				}
			case "ilvl":
				if cur != nil {
					v, _ := attr(t, "val")
					cur.ilvl, _ = strconv.Atoi(v)
				}
			}
		case xmlEndElement:
			switch t.Name.Local {
			case "style":
				if cur != nil && id != "" {
					r.styles[id] = *cur
				}
				cur = nil
			case "docDefaults":
				inDefaults = false
			}
		}
	}
}

func tri(b bool) int8 {
	if b {
		return 1
	}
	return -1
}

// style resolves a style through its basedOn chain.
func (r *docxReader) style(id string) docxStyle {
	var out docxStyle
	for i := 0; i < 10 && id != ""; i++ {
		s, ok := r.styles[id]
		if !ok {
			break
		}
		if out.bold == 0 {
			out.bold = s.bold
		}
		if out.italic == 0 {
			out.italic = s.italic
		}
		if out.size == 0 {
			out.size = s.size
		}
		if out.numID == "" {
			out.numID, out.ilvl = s.numID, s.ilvl
		}
		out.heading = out.heading || s.heading
		id = s.basedOn
	}
	return out
}

func (r *docxReader) readNumbering() {
	data := r.read("word/numbering.xml")
	x := newXMLTokens(data, r.b)
	abstract := map[string]map[int]docxLevel{}
	numToAbs := map[string]string{}
	var curAbs, curNum string
	var lvl *docxLevel
	ilvl := 0
	for {
		tok, ok := x.next()
		if !ok {
			break
		}
		switch t := tok.(type) {
		case xmlStartElement:
			switch t.Name.Local {
			case "abstractNum":
				curAbs, _ = attr(t, "abstractNumId")
				abstract[curAbs] = map[int]docxLevel{}
			case "num":
				curNum, _ = attr(t, "numId")
			case "abstractNumId":
				if curNum != "" {
					numToAbs[curNum], _ = attr(t, "val")
				}
			case "lvl":
				v, _ := attr(t, "ilvl")
				ilvl, _ = strconv.Atoi(v)
				lvl = &docxLevel{start: 1}
			case "numFmt":
				if lvl != nil {
					lvl.format, _ = attr(t, "val")
				}
			case "lvlText":
				if lvl != nil {
					lvl.text, _ = attr(t, "val")
				}
			case "start":
				if lvl != nil {
					v, _ := attr(t, "val")
					lvl.start, _ = strconv.Atoi(v)
				}
			}
		case xmlEndElement:
			switch t.Name.Local {
			case "lvl":
				if lvl != nil && curAbs != "" && curNum == "" {
					abstract[curAbs][ilvl] = *lvl
				}
				lvl = nil
			case "num":
				curNum = ""
			case "abstractNum":
				curAbs = ""
			}
		}
	}
	for num, abs := range numToAbs {
		r.nums[num] = abstract[abs]
	}
}

// label returns the bullet or number a list item shows.
func (r *docxReader) label(numID string, ilvl int) string {
	lv, ok := r.nums[numID][ilvl]
	if !ok || numID == "0" {
		if numID == "" || numID == "0" {
			return ""
		}
		return "•"
	}
	c := r.counts[numID]
	for len(c) <= ilvl {
		c = append(c, 0)
	}
	c[ilvl]++
	for k := ilvl + 1; k < len(c); k++ {
		c[k] = 0
	}
	r.counts[numID] = c
	if lv.format == "bullet" || lv.format == "" {
		return bulletChar(lv.text)
	}
	if lv.format == "none" {
		return ""
	}
	out := lv.text
	for k := 0; k <= ilvl && k < len(c); k++ {
		n := c[k] + r.nums[numID][k].start - 1
		out = strings.ReplaceAll(out, "%"+strconv.Itoa(k+1), formatNum(n, r.nums[numID][k].format))
	}
	return out
}

func bulletChar(t string) string {
	if t == "" {
		return "•"
	}
	rs := []rune(t)
	c := rs[0]
	if c >= 0xf000 && c <= 0xf0ff {
		c -= 0xf000
		if m, ok := symbolBullets["wingdings"][c]; ok && c != 0xb7 {
			return string(m)
		}
		return "•"
	}
	switch c {
	case 'o':
		return "◦"
	case '§':
		return "▪"
	case '-', '–', '•', '◦', '▪', '■', '●', '○', '➢', '✓', '*', '·', '‣', '⁃':
		return string(c)
	}
	return "•"
}

func formatNum(n int, format string) string {
	switch format {
	case "lowerLetter", "upperLetter":
		s := string(rune('a' + (n-1)%26))
		if format == "upperLetter" {
			s = strings.ToUpper(s)
		}
		return s
	case "lowerRoman", "upperRoman":
		s := roman(n)
		if format == "lowerRoman" {
			s = strings.ToLower(s)
		}
		return s
	}
	return strconv.Itoa(n)
}

func roman(n int) string {
	if n <= 0 || n > 3999 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

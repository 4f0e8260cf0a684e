package extract

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The DOCX reader's XML tokenizer must give encoding/xml's tokens, and fail
// where encoding/xml fails: the reader stops at the first error, so the
// token streams are compared up to it. A <t> or <instrText> element is read
// whole, as the reader does.

func refTokens(data []byte) []string {
	d := xml.NewDecoder(bytes.NewReader(data))
	var out []string
	for {
		tok, err := d.Token()
		if err != nil {
			return append(out, "ERR")
		}
		switch t := tok.(type) {
		case xml.StartElement:
			out = append(out, startString(t.Name.Space, t.Name.Local, len(t.Attr), func(i int) (string, string, string) {
				return t.Attr[i].Name.Space, t.Attr[i].Name.Local, t.Attr[i].Value
			}))
			if t.Name.Local == "t" || t.Name.Local == "instrText" {
				var s string
				if err := d.DecodeElement(&s, &t); err != nil {
					return append(out, "ERR")
				}
				out = append(out, "T"+strconv.Quote(s))
			}
		case xml.EndElement:
			out = append(out, "E"+t.Name.Space+" "+t.Name.Local)
		case xml.CharData:
			out = append(out, "C"+strconv.Quote(string(t)))
		default:
			out = append(out, "O")
		}
	}
}

func ourTokens(data []byte) []string {
	d := newXMLDecoder(data)
	var out []string
	for {
		tok, err := d.Token()
		if err != nil {
			return append(out, "ERR")
		}
		switch t := tok.(type) {
		case xmlStartElement:
			out = append(out, startString(t.Name.Space, t.Name.Local, len(t.Attr), func(i int) (string, string, string) {
				return t.Attr[i].Name.Space, t.Attr[i].Name.Local, t.Attr[i].Value
			}))
			if t.Name.Local == "t" || t.Name.Local == "instrText" {
				s, err := d.elementText()
				if err != nil {
					return append(out, "ERR")
				}
				out = append(out, "T"+strconv.Quote(s))
			}
		case xmlEndElement:
			out = append(out, "E"+t.Name.Space+" "+t.Name.Local)
		case xmlCharData:
			out = append(out, "C"+strconv.Quote(string(t)))
		case xmlOther:
			out = append(out, "O")
		default:
			out = append(out, "?")
		}
	}
}

func startString(space, local string, n int, attr func(int) (string, string, string)) string {
	var b strings.Builder
	b.WriteString("S" + space + " " + local)
	for i := 0; i < n; i++ {
		s, l, v := attr(i)
		b.WriteString(" " + s + "|" + l + "=" + strconv.Quote(v))
	}
	return b.String()
}

func compareTokens(t *testing.T, name string, data []byte) {
	t.Helper()
	want, got := refTokens(data), ourTokens(data)
	for i := 0; i < len(want) || i < len(got); i++ {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			t.Fatalf("%s: token %d: got %.200q, encoding/xml %.200q\ninput: %.300q", name, i, g, w, data)
		}
	}
}

var xmlCases = []string{
	``, ` `, `<a/>`, `<a></a>`, `<a>x</a>`, `<a>`, `</a>`, `<a></b>`, `<a><b></a></b>`, `x<a/>`, `<a/>x`, `<a/><b/>`,
	`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><a/>`, `<?xml version="1.1"?><a/>`,
	`<?xml version='1.0' encoding='utf-16'?><a/>`, `<?xml encoding="Utf-8"?><a/>`, `<?xml?><a/>`, `<?pi data?><a/>`,
	`<? x?>`, `<?x`, `<?x?`, `<!-- c --><a/>`, `<!-- a -- b --><a/>`, `<!--->`, `<!-x-->`, `<!---->`,
	`<a><![CDATA[<b>&amp;]]></a>`, `<a><![CDATA[x]></a>`, `<a><![CDAT[x]]></a>`, `<a>]]></a>`, `<a>]]</a>`,
	`<!DOCTYPE a [<!ENTITY x "y">]><a/>`, `<!DOCTYPE a "q>" 'r>' <!-- > --> ><a/>`, `<!DOCTYPE a <b <!x>>><a/>`, `<!DOCTYPE`,
	`<a b="1" c='2'/>`, `<a b=1/>`, `<a b/>`, `<a b = "1" />`, `<a b="<"/>`, `<a b=">"/>`, `<a b="&lt;&gt;&amp;&apos;&quot;"/>`,
	`<a b="x`, `<a b="x"`, `<a b="x" `, `<a b="x"/`, `<a/ >`, `<a / >`, `<a b="1"c="2"/>`,
	`<a>&lt;&#65;&#x42;&#X43;&#;&#x;</a>`, `<a>&#65</a>`, `<a>&nbsp;</a>`, `<a>&lt</a>`, `<a>& </a>`, `<a>&#0;</a>`,
	`<a>&#xD800;</a>`, `<a>&#x110000;</a>`, `<a>&#1114111;</a>`, `<a>&#xFFFE;</a>`, `<a>&#99999999999999999999;</a>`,
	"<a>\r\n\r\r\nx\n\r</a>", "<a b=\"\r\n\t\"/>", "<a>\x01</a>", "<a>\xff</a>", "<a>\xef\xbf\xbe</a>", "<a>\x7f\u0085</a>",
	`<w:a xmlns:w="urn:w"><w:b/><b/></w:a>`, `<a xmlns="urn:d"><b xmlns=""><c/></b><d/></a>`,
	`<p:a xmlns:p="1"><p:b xmlns:p="2"><p:c/></p:b><p:d/></p:a>`, `<a xmlns:p="1" xmlns:p="2"><p:b/></a><p:c/>`,
	`<w:a><w:b/></w:a>`, `<x:a></y:a>`, `<xml:a xml:lang="en"/>`, `<xmlns:a/>`, `<a xmlns:="x"/>`, `<:a/>`, `<a:/>`, `<a:b:c/>`,
	`<a b:c:d="1"/>`, `<1a/>`, `<.a/>`, `<-a/>`, `<a.b-c_d:e/>`, `<é/>`, `<aé/>`, `<a·/>`, `<·a/>`, "<a\xff/>", "<\xc3\xa9t/>",
	`<ā/>`, `<a b="1" b="2"/>`, `< a/>`, `<a>< /a>`, `</ a>`, `</a x>`, `<a></a >`, `<!a>`, `<!`, `<`, `<a`, `<a b`,
	`<t>x<b>y</b>z<!--c-->&amp;</t>`, `<t/>`, `<t>x`, `<t><b></t>`, `<w:t xml:space="preserve"> x </w:t>`,
	`<instrText> HYPERLINK "u" </instrText>`, `<t>]]></t>`, `<t><![CDATA[a]]>b</t>`,
}

func TestXMLTokensLikeEncodingXML(t *testing.T) {
	for i, c := range xmlCases {
		compareTokens(t, "case "+strconv.Itoa(i), []byte(c))
	}
	// Every part of every DOCX fixture.
	files, _ := filepath.Glob("../testdata/resumes/*.docx")
	if len(files) == 0 {
		t.Fatal("no DOCX fixtures")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		for _, zf := range zr.File {
			if !strings.HasSuffix(zf.Name, ".xml") && !strings.HasSuffix(zf.Name, ".rels") {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				t.Fatal(err)
			}
			part, _ := io.ReadAll(rc)
			rc.Close()
			compareTokens(t, f+":"+zf.Name, part)
			// Cut short anywhere, it must fail where encoding/xml fails.
			for n := 0; n < len(part); n += 1 + len(part)/97 {
				compareTokens(t, f+":"+zf.Name+"[:"+strconv.Itoa(n)+"]", part[:n])
			}
		}
	}
}

// Names: every rune as the first and as a later character of a name.
func TestXMLNameRunes(t *testing.T) {
	for r := rune(0x80); r <= 0x10ffff; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue
		}
		s := string(r)
		for _, doc := range []string{"<" + s + "/>", "<a" + s + "/>"} {
			_, werr := xml.NewDecoder(strings.NewReader(doc)).Token()
			_, gerr := newXMLDecoder([]byte(doc)).Token()
			if (werr == nil) != (gerr == nil) {
				t.Fatalf("%q: error %v, encoding/xml %v", doc, gerr, werr)
			}
		}
	}
}

func FuzzXMLTokens(f *testing.F) {
	for _, c := range xmlCases {
		f.Add([]byte(c))
	}
	f.Add([]byte(`<w:document ` + wNS + `><w:body>` + para(run("Jane &amp; co")) + `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r></w:p></w:body></w:document>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		compareTokens(t, "fuzz", data)
	})
}

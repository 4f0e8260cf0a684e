package extract

import (
	"strconv"
	"strings"
)

// Glyph names and the standard simple-font encodings. The names cover what
// Latin résumé fonts use; accented letters are composed from base + accent
// names rather than listed; uniXXXX, uXXXX and f_f_i ligature names are
// parsed.

var glyphNames = map[string]rune{
	"space": ' ', "exclam": '!', "quotedbl": '"', "numbersign": '#', "dollar": '$', "percent": '%',
	"ampersand": '&', "quotesingle": '\'', "quoteright": '’', "parenleft": '(', "parenright": ')',
	"asterisk": '*', "plus": '+', "comma": ',', "hyphen": '-', "period": '.', "slash": '/',
	"zero": '0', "one": '1', "two": '2', "three": '3', "four": '4', "five": '5', "six": '6',
	"seven": '7', "eight": '8', "nine": '9', "colon": ':', "semicolon": ';', "less": '<',
	"equal": '=', "greater": '>', "question": '?', "at": '@', "bracketleft": '[', "backslash": '\\',
	"bracketright": ']', "asciicircum": '^', "underscore": '_', "grave": '`', "quoteleft": '‘',
	"braceleft": '{', "bar": '|', "braceright": '}', "asciitilde": '~',
	"nbspace": ' ', "nonbreakingspace": ' ', "exclamdown": '¡', "cent": '¢', "sterling": '£',
	"currency": '¤', "yen": '¥', "brokenbar": '¦', "section": '§', "dieresis": '¨', "copyright": '©',
	"ordfeminine": 'ª', "guillemotleft": '«', "guillemetleft": '«', "logicalnot": '¬',
	"sfthyphen": '\u00ad', "softhyphen": '\u00ad', "registered": '®', "macron": '¯', "degree": '°',
	"plusminus": '±', "twosuperior": '²', "threesuperior": '³', "acute": '´', "mu": 'µ', "mu1": 'µ',
	"paragraph": '¶', "periodcentered": '·', "middot": '·', "cedilla": '¸', "onesuperior": '¹',
	"ordmasculine": 'º', "guillemotright": '»', "guillemetright": '»', "onequarter": '¼',
	"onehalf": '½', "threequarters": '¾', "questiondown": '¿', "AE": 'Æ', "Eth": 'Ð', "multiply": '×',
	"Oslash": 'Ø', "Thorn": 'Þ', "germandbls": 'ß', "ae": 'æ', "eth": 'ð', "divide": '÷',
	"oslash": 'ø', "thorn": 'þ', "Dcroat": 'Đ', "dcroat": 'đ', "Dslash": 'Đ', "dmacron": 'đ',
	"Hbar": 'Ħ', "hbar": 'ħ', "dotlessi": 'ı', "IJ": 'Ĳ', "ij": 'ĳ', "kgreenlandic": 'ĸ', "Ldot": 'Ŀ',
	"ldot": 'ŀ', "Lslash": 'Ł', "lslash": 'ł', "napostrophe": 'ŉ', "Eng": 'Ŋ', "eng": 'ŋ', "OE": 'Œ',
	"oe": 'œ', "Tbar": 'Ŧ', "tbar": 'ŧ', "longs": 'ſ', "florin": 'ƒ', "dotlessj": 'ȷ', "uni0237": 'ȷ',
	"circumflex": 'ˆ', "caron": 'ˇ', "breve": '˘', "dotaccent": '˙', "ring": '˚', "ogonek": '˛',
	"tilde": '˜', "hungarumlaut": '˝', "commaaccent": ',',
	"Alpha": 'Α', "Beta": 'Β', "Gamma": 'Γ', "Delta": 'Δ', "Epsilon": 'Ε', "Zeta": 'Ζ', "Eta": 'Η',
	"Theta": 'Θ', "Iota": 'Ι', "Kappa": 'Κ', "Lambda": 'Λ', "Mu": 'Μ', "Nu": 'Ν', "Xi": 'Ξ',
	"Omicron": 'Ο', "Pi": 'Π', "Rho": 'Ρ', "Sigma": 'Σ', "Tau": 'Τ', "Upsilon": 'Υ', "Phi": 'Φ',
	"Chi": 'Χ', "Psi": 'Ψ', "Omega": 'Ω', "alpha": 'α', "beta": 'β', "gamma": 'γ', "delta": 'δ',
	"epsilon": 'ε', "zeta": 'ζ', "eta": 'η', "theta": 'θ', "iota": 'ι', "kappa": 'κ', "lambda": 'λ',
	"nu": 'ν', "xi": 'ξ', "omicron": 'ο', "pi": 'π', "rho": 'ρ', "sigma1": 'ς', "sigma": 'σ',
	"tau": 'τ', "upsilon": 'υ', "phi": 'φ', "chi": 'χ', "psi": 'ψ', "omega": 'ω', "phi1": 'ϕ',
	"theta1": 'ϑ', "omega1": 'ϖ',
	"figuredash": '‒', "endash": '–', "emdash": '—', "horizontalbar": '―', "quotesinglbase": '‚',
	"quotedblleft": '“', "quotedblright": '”', "quotedblbase": '„', "quotereversed": '‛',
	"dagger": '†', "daggerdbl": '‡', "bullet": '•', "onedotenleader": '․', "twodotenleader": '‥',
	"ellipsis": '…', "perthousand": '‰', "minute": '′', "second": '″', "guilsinglleft": '‹',
	"guilsinglright": '›', "exclamdbl": '‼', "fraction": '⁄', "Euro": '€', "euro": '€',
	"trademark": '™', "Ohm": 'Ω', "estimated": '℮', "afii61352": '№', "onethird": '⅓',
	"twothirds": '⅔', "oneeighth": '⅛', "threeeighths": '⅜', "fiveeighths": '⅝', "seveneighths": '⅞',
	"arrowleft": '←', "arrowup": '↑', "arrowright": '→', "arrowdown": '↓', "arrowboth": '↔',
	"arrowupdn": '↕', "arrowdblleft": '⇐', "arrowdblright": '⇒', "arrowdblboth": '⇔',
	"universal": '∀', "partialdiff": '∂', "existential": '∃', "emptyset": '∅', "increment": '∆',
	"gradient": '∇', "element": '∈', "notelement": '∉', "suchthat": '∋', "product": '∏',
	"summation": '∑', "minus": '−', "asteriskmath": '∗', "bulletoperator": '∙', "radical": '√',
	"proportional": '∝', "infinity": '∞', "angle": '∠', "logicaland": '∧', "logicalor": '∨',
	"intersection": '∩', "union": '∪', "integral": '∫', "therefore": '∴', "similar": '∼',
	"congruent": '≅', "approxequal": '≈', "notequal": '≠', "equivalence": '≡', "lessequal": '≤',
	"greaterequal": '≥', "propersubset": '⊂', "propersuperset": '⊃', "reflexsubset": '⊆',
	"reflexsuperset": '⊇', "circleplus": '⊕', "circlemultiply": '⊗', "perpendicular": '⊥',
	"dotmath": '⋅', "angleleft": '〈', "angleright": '〉', "lozenge": '◊', "filledbox": '■',
	"H22073": '□', "H18543": '▪', "H18551": '▫', "filledrect": '▬', "triagup": '▲',
	"triagrt": '►', "triagdn": '▼', "triaglf": '◄', "circle": '○', "H18533": '●', "openbullet": '◦',
	"invbullet": '◘', "invcircle": '◙', "smileface": '☺', "spade": '♠', "club": '♣', "heart": '♥',
	"diamond": '♦', "musicalnote": '♪', "checkmark": '✓', "visiblespace": '␣', "ff": 'ﬀ',
	"fi": 'ﬁ', "fl": 'ﬂ', "ffi": 'ﬃ', "ffl": 'ﬄ', "st": 'ﬆ', "dieresistonos": '΅',
	"tonos": '΄', "published": '℗', "servicemark": '℠', "registersans": '®', "copyrightsans": '©',
	"trademarksans": '™', "registerserif": '®', "copyrightserif": '©', "trademarkserif": '™',
	"Omegagreek": 'Ω', "Deltagreek": 'Δ', "mugreek": 'μ', "zerosuperior": '⁰', "foursuperior": '⁴',
	"fivesuperior": '⁵', "sixsuperior": '⁶', "sevensuperior": '⁷', "eightsuperior": '⁸',
	"ninesuperior": '⁹', "zeroinferior": '₀', "oneinferior": '₁', "twoinferior": '₂',
	"threeinferior": '₃', "fourinferior": '₄', "compwordmark": '\u200c', "suppress": 0,
	"Dotaccent": '˙', "Hungarumlaut": '˝', "Ogonek": '˛', "Ring": '˚', "Tilde": '˜', "Caron": 'ˇ',
	"Breve": '˘', "Macron": '¯', "Cedilla": '¸', "Dieresis": '¨', "Grave": '`', "Acute": '´',
	"Circumflex": 'ˆ', "perispomenigreekcmb": '͂', "periodcentered.loclCAT": '·',
}

// accents composes names like "Eogonek" or "scaron" with Unicode's
// combining marks; NFC gives the precomposed letter.
var accents = []struct {
	name string
	mark rune
}{
	{"acute", 0x301}, {"grave", 0x300}, {"circumflex", 0x302}, {"tilde", 0x303}, {"dieresis", 0x308},
	{"ring", 0x30a}, {"cedilla", 0x327}, {"caron", 0x30c}, {"breve", 0x306}, {"macron", 0x304},
	{"ogonek", 0x328}, {"dotaccent", 0x307}, {"hungarumlaut", 0x30b}, {"commaaccent", 0x326},
	{"dotbelow", 0x323},
}

// glyphText maps a glyph name to its text ("" when unknown).
func glyphText(name string) string {
	if name == "" || name == ".notdef" {
		return ""
	}
	if r, ok := glyphNames[name]; ok {
		if r == 0 {
			return ""
		}
		return string(r)
	}
	// "a.sc", "one.oldstyle", "f_f_i.liga": drop the suffix, split ligatures.
	if i := strings.IndexByte(name, '.'); i > 0 {
		return glyphText(name[:i])
	}
	if strings.Contains(name, "_") {
		var b strings.Builder
		for _, part := range strings.Split(name, "_") {
			t := glyphText(part)
			if t == "" {
				return ""
			}
			b.WriteString(t)
		}
		return b.String()
	}
	if strings.HasPrefix(name, "uni") && len(name) >= 7 && (len(name)-3)%4 == 0 {
		var b strings.Builder
		for i := 3; i+4 <= len(name); i += 4 {
			v, err := strconv.ParseUint(name[i:i+4], 16, 32)
			if err != nil || v >= 0xd800 && v < 0xe000 {
				b.Reset()
				break
			}
			b.WriteRune(rune(v))
		}
		if b.Len() > 0 {
			return b.String()
		}
	}
	if name[0] == 'u' && len(name) >= 5 && len(name) <= 7 {
		if v, err := strconv.ParseUint(name[1:], 16, 32); err == nil && v < 0x110000 && !(v >= 0xd800 && v < 0xe000) {
			return string(rune(v))
		}
	}
	if len(name) == 1 && (name[0] >= 'A' && name[0] <= 'Z' || name[0] >= 'a' && name[0] <= 'z') {
		return name
	}
	// "Asmall" small caps.
	if strings.HasSuffix(name, "small") && len(name) > 5 {
		return strings.ToLower(glyphText(name[:len(name)-5]))
	}
	for _, a := range accents {
		if strings.HasSuffix(name, a.name) && len(name) > len(a.name) {
			base := glyphText(name[:len(name)-len(a.name)])
			if base == "" || len([]rune(base)) != 1 {
				continue
			}
			s := nfcPair([]rune(base)[0], a.mark)
			if len([]rune(s)) == 1 {
				return s
			}
			if a.name == "commaaccent" { // Gcommaaccent is G with cedilla
				s = nfcPair([]rune(base)[0], 0x327)
				if len([]rune(s)) == 1 {
					return s
				}
			}
		}
	}
	// Glyph names that are just a number ("g123", "cid45", "a12") say nothing.
	return ""
}

// Simple-font encodings as code → rune; 0 means unmapped.
var winAnsi, macRoman, standard [256]rune

func init() {
	for c := 0x20; c < 0x7f; c++ {
		winAnsi[c], macRoman[c], standard[c] = rune(c), rune(c), rune(c)
	}
	standard['\''], standard['`'] = '’', '‘'
	win80 := []rune{0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178}
	copy(winAnsi[0x80:], win80)
	for c := 0xa0; c < 0x100; c++ {
		winAnsi[c] = rune(c)
	}
	winAnsi[0xad] = '-' // WinAnsi's 0xAD is drawn as a hyphen
	mac80 := []rune{0x00c4, 0x00c5, 0x00c7, 0x00c9, 0x00d1, 0x00d6, 0x00dc, 0x00e1, 0x00e0, 0x00e2, 0x00e4, 0x00e3, 0x00e5, 0x00e7, 0x00e9, 0x00e8, 0x00ea, 0x00eb, 0x00ed, 0x00ec, 0x00ee, 0x00ef, 0x00f1, 0x00f3, 0x00f2, 0x00f4, 0x00f6, 0x00f5, 0x00fa, 0x00f9, 0x00fb, 0x00fc, 0x2020, 0x00b0, 0x00a2, 0x00a3, 0x00a7, 0x2022, 0x00b6, 0x00df, 0x00ae, 0x00a9, 0x2122, 0x00b4, 0x00a8, 0x2260, 0x00c6, 0x00d8, 0x221e, 0x00b1, 0x2264, 0x2265, 0x00a5, 0x00b5, 0x2202, 0x2211, 0x220f, 0x03c0, 0x222b, 0x00aa, 0x00ba, 0x03a9, 0x00e6, 0x00f8, 0x00bf, 0x00a1, 0x00ac, 0x221a, 0x0192, 0x2248, 0x2206, 0x00ab, 0x00bb, 0x2026, 0x00a0, 0x00c0, 0x00c3, 0x00d5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201c, 0x201d, 0x2018, 0x2019, 0x00f7, 0x25ca, 0x00ff, 0x0178, 0x2044, 0x20ac, 0x2039, 0x203a, 0xfb01, 0xfb02, 0x2021, 0x00b7, 0x201a, 0x201e, 0x2030, 0x00c2, 0x00ca, 0x00c1, 0x00cb, 0x00c8, 0x00cd, 0x00ce, 0x00cf, 0x00cc, 0x00d3, 0x00d4, 0xf8ff, 0x00d2, 0x00da, 0x00db, 0x00d9, 0x0131, 0x02c6, 0x02dc, 0x00af, 0x02d8, 0x02d9, 0x02da, 0x00b8, 0x02dd, 0x02db, 0x02c7}
	copy(macRoman[0x80:], mac80)
	std := map[int]string{
		0xa1: "exclamdown", 0xa2: "cent", 0xa3: "sterling", 0xa4: "fraction", 0xa5: "yen", 0xa6: "florin",
		0xa7: "section", 0xa8: "currency", 0xa9: "quotesingle", 0xaa: "quotedblleft", 0xab: "guillemotleft",
		0xac: "guilsinglleft", 0xad: "guilsinglright", 0xae: "fi", 0xaf: "fl", 0xb1: "endash", 0xb2: "dagger",
		0xb3: "daggerdbl", 0xb4: "periodcentered", 0xb6: "paragraph", 0xb7: "bullet", 0xb8: "quotesinglbase",
		0xb9: "quotedblbase", 0xba: "quotedblright", 0xbb: "guillemotright", 0xbc: "ellipsis",
		0xbd: "perthousand", 0xbf: "questiondown", 0xc1: "grave", 0xc2: "acute", 0xc3: "circumflex",
		0xc4: "tilde", 0xc5: "macron", 0xc6: "breve", 0xc7: "dotaccent", 0xc8: "dieresis", 0xca: "ring",
		0xcb: "cedilla", 0xcd: "hungarumlaut", 0xce: "ogonek", 0xcf: "caron", 0xd0: "emdash", 0xe1: "AE",
		0xe3: "ordfeminine", 0xe8: "Lslash", 0xe9: "Oslash", 0xea: "OE", 0xeb: "ordmasculine", 0xf1: "ae",
		0xf5: "dotlessi", 0xf8: "lslash", 0xf9: "oslash", 0xfa: "oe", 0xfb: "germandbls",
	}
	for c, n := range std {
		standard[c] = glyphNames[n]
	}
}

// The encodings' texts, as strings made once: every simple font starts
// from one of them.
var winAnsiText, macRomanText, standardText, latin1Text [256]string

func init() {
	for c := range 256 {
		for _, e := range []struct {
			runes *[256]rune
			text  *[256]string
		}{{&winAnsi, &winAnsiText}, {&macRoman, &macRomanText}, {&standard, &standardText}} {
			if r := e.runes[c]; r != 0 {
				e.text[c] = string(r)
			}
		}
		latin1Text[c] = string(rune(c))
	}
}

// encodingText returns the texts of a standard encoding's codes ("" where
// it maps none).
func encodingText(enc *[256]rune) *[256]string {
	switch enc {
	case &winAnsi:
		return &winAnsiText
	case &macRoman:
		return &macRomanText
	}
	return &standardText
}

// symbolBullets maps the bullet codes Word writes in Symbol and Wingdings
// (often as U+F0xx private-use text) to real characters.
var symbolBullets = map[string]map[rune]rune{
	"symbol":    {0xb7: '•', 0x2d: '−', 0xae: '→', 0xd7: '⋅', 0xa8: '♣'},
	"wingdings": {0xa7: '▪', 0x6c: '●', 0x6e: '■', 0x71: '❑', 0x76: '❖', 0xd8: '➢', 0xfc: '✓', 0xa8: '◻', 0x9f: '•', 0x77: '◆', 0xe0: '→', 0xe8: '➔', 0x46: '☞'},
}

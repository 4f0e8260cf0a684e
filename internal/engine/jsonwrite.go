package engine

import (
	"strconv"

	"github.com/resumescore/resumescore/internal/report"
)

// jw appends hand-written JSON to a buffer, byte for byte as encoding/json
// would write the same values (the tests compare the two): the browser and
// edge builds leave encoding/json out.
type jw struct{ b []byte }

func (w *jw) s(raw string) *jw { w.b = append(w.b, raw...); return w }

func (w *jw) int(n int) *jw { w.b = strconv.AppendInt(w.b, int64(n), 10); return w }

// num writes a number as encoding/json does (NaN and infinities, which it
// refuses, do not occur here; they are written as 0).
func (w *jw) num(f float64) *jw {
	w.b = report.AppendJSONFloat(w.b, f)
	return w
}

// str writes a JSON string: <, >, &, U+2028, U+2029 and control characters
// escaped, bad UTF-8 as U+FFFD.
func (w *jw) str(s string) *jw {
	w.b = report.AppendJSONString(w.b, s)
	return w
}

// strs writes a string slice (null when nil, as encoding/json does).
func (w *jw) strs(ss []string) *jw {
	if ss == nil {
		return w.s("null")
	}
	w.s("[")
	for i, s := range ss {
		if i > 0 {
			w.s(",")
		}
		w.str(s)
	}
	return w.s("]")
}

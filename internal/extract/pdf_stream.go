package extract

import "errors"

// stream returns the decoded data of a stream value. We find the data's
// end ourselves (/Length may lie) and decode it with our own filters under
// the document's byte budget.
func (d *pdfDoc) stream(v value) ([]byte, error) {
	return d.streamUpTo(v, 0)
}

// streamPrefix decodes no more than the first n bytes of a stream: the
// clear-text head of a Type 1 font program is all the encoding needs, and
// inflating the whole program was a fifth of the time spent on a PDF.
func (d *pdfDoc) streamPrefix(v value, n int) []byte {
	data, _ := d.streamUpTo(v, n)
	return data
}

// streamUpTo decodes a stream, at most max bytes of it when max > 0.
func (d *pdfDoc) streamUpTo(v value, max int) ([]byte, error) {
	var data []byte
	var err error
	if e := guard(func() { data, err = d.streamUnguarded(v, max) }); e != nil {
		return nil, e
	}
	return data, err
}

func (d *pdfDoc) streamUnguarded(v value, max int) ([]byte, error) {
	if v.Kind() != vStream {
		return nil, errors.New("not a stream")
	}
	off := v.streamOffset()
	if off < 0 || off > len(d.buf) {
		return nil, errors.New("stream offset unknown")
	}
	n := -1
	if l := v.Key("Length"); l.Kind() == vInteger {
		n = int(l.Int64())
	}
	raw := d.buf[off:streamEnd(d.buf, off, n)]
	var names []string
	f := v.Key("Filter")
	switch f.Kind() {
	case vName:
		names = []string{f.Name()}
	case vArray:
		for i := 0; i < f.Len() && i < 8; i++ {
			names = append(names, f.Index(i).Name())
		}
	}
	parms := make([]decodeParams, len(names))
	p := v.Key("DecodeParms")
	for i := range names {
		pv := p
		if p.Kind() == vArray {
			pv = p.Index(i)
		}
		parms[i] = paramsOf(func(k string) (int, bool) {
			x := pv.Key(k)
			return int(x.Int64()), x.Kind() == vInteger
		})
	}
	limit := d.b.streamLimit()
	if limit <= 0 {
		return nil, errTooBig
	}
	if max > 0 && max < limit {
		limit = max
	}
	data, err := decodeAll(raw, names, parms, limit)
	d.b.spend(len(data))
	return data, err
}

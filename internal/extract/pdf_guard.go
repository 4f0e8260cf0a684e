package extract

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"
)

// budget bounds the work one document may cause. WebAssembly has one thread
// and no preemption, so the time cap is cooperative: loops call tick.
type budget struct {
	ctx          context.Context
	deadline     time.Time
	left         int // decompressed bytes still allowed for the document
	perStream    int
	n            int
	err          error
	maxPages     int
	maxFormDepth int
}

var errTimeout = errors.New("time budget used up")

func newBudget(ctx context.Context, lim Limits) *budget {
	b := &budget{ctx: ctx, left: lim.MaxDecompressed, perStream: lim.MaxDecompressed, maxPages: lim.MaxPages, maxFormDepth: 12}
	if lim.Timeout > 0 {
		b.deadline = time.Now().Add(lim.Timeout)
	}
	if d, ok := ctx.Deadline(); ok && (b.deadline.IsZero() || d.Before(b.deadline)) {
		b.deadline = d
	}
	return b
}

// check looks at the clock and the context; once over budget it stays so.
func (b *budget) check() error {
	if b.err != nil {
		return b.err
	}
	if err := b.ctx.Err(); err != nil {
		b.err = errTimeout
	} else if !b.deadline.IsZero() && time.Now().After(b.deadline) {
		b.err = errTimeout
	}
	return b.err
}

// tick is the cheap per-iteration form of check.
func (b *budget) tick() bool {
	b.n++
	if b.n&511 == 0 {
		return b.check() == nil
	}
	return b.err == nil
}

func (b *budget) streamLimit() int {
	return max(min(b.perStream, b.left), 0)
}

// spend counts decompressed bytes against the document's cap.
func (b *budget) spend(n int) {
	b.left -= n
}

// guard turns a panic in the PDF object layer (a damaged object fails by
// panicking, see pdf_objparse.go) or in our use of it into an error. It cannot catch a runtime abort: those are prevented up front.
func guard(f func()) (err error) {
	defer func() {
		if p := recover(); p != nil {
			if re, ok := p.(runtime.Error); ok {
				err = fmt.Errorf("pdf: %v", re)
				return
			}
			err = fmt.Errorf("pdf library: %v", p)
		}
	}()
	f()
	return nil
}

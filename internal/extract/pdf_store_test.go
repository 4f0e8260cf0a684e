package extract

import "testing"

func TestWorkBufs(t *testing.T) {
	b := getWork(10, 100)
	if len(b) != 10 || cap(b) < 100 {
		t.Fatalf("getWork: len %d cap %d", len(b), cap(b))
	}
	putWork(b)
	// A kept buffer too small for the next file is not handed out.
	if b := getWork(200, 300); len(b) != 200 || cap(b) < 300 {
		t.Fatalf("getWork after put: len %d cap %d", len(b), cap(b))
	}
	putWork(make([]byte, 0, 8<<20)) // too big to keep: dropped
}

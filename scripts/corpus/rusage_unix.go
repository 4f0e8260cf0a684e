//go:build linux || darwin

package main

import (
	"os"
	"runtime"
	"syscall"
)

// peakMB is the child's peak resident memory.
func peakMB(ps *os.ProcessState) float64 {
	if ps == nil {
		return 0
	}
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0
	}
	if runtime.GOOS == "darwin" {
		return float64(ru.Maxrss) / (1 << 20)
	}
	return float64(ru.Maxrss) / 1024
}

// limitMemory caps the worker's address space (8 GB) so that a runaway
// allocation fails fast instead of swapping; the 256 MB budget is checked
// on the measured peak.
func limitMemory() {
	lim := &syscall.Rlimit{Cur: 8 << 30, Max: 8 << 30}
	syscall.Setrlimit(syscall.RLIMIT_AS, lim)
}

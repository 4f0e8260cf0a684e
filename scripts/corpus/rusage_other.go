//go:build !(linux || darwin)

package main

import "os"

func peakMB(*os.ProcessState) float64 { return 0 }

func limitMemory() {}

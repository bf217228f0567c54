//go:build race

package jmessage_test

// raceEnabled skips the tests that decode hundreds of megabytes, which the
// race detector makes take minutes; they run in the plain go test ./...
const raceEnabled = true

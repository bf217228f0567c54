//go:build !race

package jmessage_test

// raceEnabled: see race_test.go.
const raceEnabled = false

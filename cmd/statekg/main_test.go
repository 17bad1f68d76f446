package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"statekg": main})
}

// TestScripts runs the command-line scripts in testdata/script: each one
// is a txtar archive of files and the statekg commands run on them, with
// the output they must give.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		Condition:           toolCondition,
		// Progress lines show once a command has run for 5 s, which a
		// build under the race detector can (reading the parser's model
		// alone takes seconds there): scripts see none unless they ask,
		// as progress.txtar does.
		Setup: func(env *testscript.Env) error {
			env.Setenv(progressIntervalEnv, "1h")
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"writebytes": writeBytes,
			"exits":      exits,
			"validjson":  validJSON,
		},
	})
}

// exits implements "exits N COMMAND ARGS...": it runs the command, as exec
// does, and fails unless it exits with status N.
func exits(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: exits N COMMAND ARGS...")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		got = ee.ExitCode()
	case err != nil:
		ts.Fatalf("%s: %v", args[1], err)
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// validJSON implements "validjson FILE": it fails unless FILE holds exactly
// one JSON document.
func validJSON(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: validjson FILE")
	}
	dec := json.NewDecoder(strings.NewReader(ts.ReadFile(args[0])))
	var v any
	if err := dec.Decode(&v); err != nil {
		ts.Fatalf("%s: %v", args[0], err)
	}
	if dec.More() {
		ts.Fatalf("%s: more than one JSON document", args[0])
	}
}

// writeBytes implements "writebytes FILE N [BYTE]": it writes N copies of
// BYTE (a decimal value, 'a' when absent) to FILE, for inputs a txtar
// archive cannot hold, such as invalid UTF-8 or files over a size limit.
func writeBytes(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 || len(args) > 3 {
		ts.Fatalf("usage: writebytes FILE N [BYTE]")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	b := byte('a')
	if len(args) == 3 {
		v, err := strconv.ParseUint(args[2], 10, 8)
		ts.Check(err)
		b = byte(v)
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), bytes.Repeat([]byte{b}, n), 0o644))
}

// toolCondition implements the condition [tool:NAME]: whether a program a
// script checks output with is installed ("[!tool:dot] skip"). Under
// STATEKG_CI=1 a missing program is an error, failing the script (.ci/run
// installs them).
func toolCondition(cond string) (bool, error) {
	name, ok := strings.CutPrefix(cond, "tool:")
	if !ok {
		return false, fmt.Errorf("unknown condition %q", cond)
	}
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("STATEKG_CI") == "1" {
			return false, fmt.Errorf("STATEKG_CI=1 but %s is not installed", name)
		}
		return false, nil
	}
	return true, nil
}

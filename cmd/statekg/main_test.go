package main

import (
	"bytes"
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
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"writebytes": writeBytes,
		},
	})
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

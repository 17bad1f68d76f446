package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/urfave/cli/v2"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	err := newApp(os.Stdin, os.Stdout, os.Stderr).RunContext(ctx, os.Args)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// exitError carries the exit code of a command that has already reported
// what went wrong.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(stderr, "statekg:", ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(stderr, "statekg:", err)
	return 1
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:  "statekg",
		Usage: "turn news articles into a knowledge graph of states, officials, organisations and incidents",
		Description: "statekg reads news articles, extracts who blamed, condemned, sanctioned or met whom,\n" +
			"stores the result in an embedded Cayley graph and answers Gizmo queries over it.\n\n" +
			"Example:\n   statekg build examples/articles\n   statekg query -f examples/queries/who-blamed-whom.js",
		Reader:          stdin,
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		ExitErrHandler:  func(*cli.Context, error) {},
		Commands: []*cli.Command{
			buildCommand(),
			queryCommand(),
			exportCommand(),
			importCommand(),
			deleteCommand(),
			statsCommand(),
			articlesCommand(),
			showCommand(),
			whyCommand(),
			searchCommand(),
			checkCommand(),
			extractCommand(),
			evalCommand(),
		},
	}
}

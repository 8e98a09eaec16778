package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/parquet-go/parquet-go"

	"github.com/kextract/kextract/stages/write"
)

// TestMain lets a test run the real command in a child process: with
// KEXTRACT_MAIN=1 the test binary is kextract.
func TestMain(m *testing.M) {
	if os.Getenv("KEXTRACT_MAIN") == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := Main(ctx, os.Args[1:], os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

const seeds = "../../seeds"

func runMain(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(context.Background(), args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestExitCodes(t *testing.T) {
	out := t.TempDir()
	mixed := t.TempDir()
	for _, f := range []string{"000_d22e5818695cd291.txt"} {
		data, err := os.ReadFile(filepath.Join(seeds, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(mixed, f), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(mixed, "empty.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	strictOut := t.TempDir()
	fileNotDir := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(fileNotDir, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"help", []string{"-h"}, exitOK, "-workers"},
		{"unknown command", []string{"frobnicate"}, exitUsage, "unknown command"},
		{"bad flag", []string{"run", "--workers", "many"}, exitUsage, "invalid value"},
		{"bad value", []string{"run", "--workers", "0"}, exitUsage, "workers must be"},
		{"stray argument", []string{"run", "extra"}, exitUsage, "unexpected argument"},
		{"eval without gold", []string{"eval"}, exitUsage, "--gold is required"},
		{"missing input", []string{"run", "--in", filepath.Join(out, "nope"), "--out", out}, exitFailed, "input folder"},
		{"all processed", []string{"run", "--in", seeds, "--out", out}, exitOK, "4 documents read (fix 4), 0 skipped"},
		{"check clean", []string{"check", "--in", seeds, "--out", out}, exitOK, ""},
		{"some skipped", []string{"run", "--in", mixed, "--out", t.TempDir()}, exitFailed, "skipped empty.txt: empty_file"},
		{"strict", []string{"run", "--strict", "--in", mixed, "--out", strictOut}, exitFailed, "dataset was not written"},
		{"output not writable", []string{"run", "--in", seeds, "--out", filepath.Join(fileNotDir, "sub")}, exitNoWrite, "left as it was"},
		{"check stale", []string{"check", "--in", mixed, "--out", out}, exitFailed, "knowledge.json: differs"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := runMain(t, c.args...)
			if c.name == "strict" {
				if entries, _ := os.ReadDir(strictOut); len(entries) != 0 {
					t.Errorf("--strict wrote %d files despite a skip", len(entries))
				}
			}
			if code != c.code || !strings.Contains(stderr, c.stderr) {
				t.Errorf("kextract %s: exit %d, stderr:\n%s\nwant exit %d and %q", strings.Join(c.args, " "), code, stderr, c.code, c.stderr)
			}
		})
	}
}

// bigFolder makes n distinct articles from the seeds, so a run lasts long
// enough to be killed in the middle.
func bigFolder(t *testing.T, n int) string {
	t.Helper()
	entries, err := os.ReadDir(seeds)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		e := entries[i%len(entries)]
		data, err := os.ReadFile(filepath.Join(seeds, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		data = append(data, fmt.Sprintf("\n第%d份副本。\n", i)...)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d-%s", i, e.Name())), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func child(ctx context.Context, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, os.Args[0], args...)
	cmd.Env = append(os.Environ(), "KEXTRACT_MAIN=1")
	return cmd
}

// readable checks that every file of the dataset in dir is whole: the JSON
// decodes and every Parquet file opens with its row count.
func readable(t *testing.T, dir string) string {
	t.Helper()
	set, err := write.ReadJSON(filepath.Join(dir, "knowledge.json"))
	if err != nil {
		t.Fatalf("knowledge.json is not whole: %v", err)
	}
	for _, name := range write.Files() {
		if !strings.HasSuffix(name, ".parquet") {
			continue
		}
		f, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		st, _ := f.Stat()
		pf, err := parquet.OpenFile(f, st.Size())
		if err != nil {
			t.Fatalf("%s is not whole: %v", name, err)
		}
		_ = pf.NumRows()
		f.Close()
	}
	return fmt.Sprintf("%d documents", len(set.Documents))
}

// TestKilledRunLeavesOutputWhole kills a run with SIGKILL at moments spread
// over its length; every time the output folder must hold a whole, readable
// dataset (the previous one or the new one), and the run's temporary
// folder must be left empty (its spools have no names there).
func TestKilledRunLeavesOutputWhole(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command many times")
	}
	in := bigFolder(t, 200)
	out := t.TempDir()
	if code, _, stderr := runMain(t, "run", "--in", seeds, "--out", out); code != exitOK {
		t.Fatalf("first run: exit %d: %s", code, stderr)
	}
	before := readable(t, out)

	// How long a whole run takes.
	start := time.Now()
	if err := child(context.Background(), "run", "--in", in, "--out", t.TempDir(), "--quiet").Run(); err != nil {
		t.Fatal(err)
	}
	full := time.Since(start)

	seen := map[string]bool{}
	tmp := t.TempDir()
	for i := 0; i < 12; i++ {
		cmd := child(context.Background(), "run", "--in", in, "--out", out, "--quiet")
		cmd.Env = append(cmd.Env, "TMPDIR="+tmp)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(full * time.Duration(i) / 10)
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		seen[readable(t, out)] = true
		if left, err := os.ReadDir(tmp); err != nil || len(left) > 0 {
			t.Fatalf("after a kill at %d/10 of a run, the temporary folder holds %d files (err %v)", i, len(left), err)
		}
	}
	t.Logf("a full run takes %s; states seen after kills: %v (before: %s)", full, seen, before)
}

// TestInterruptStopsPromptly sends SIGINT in the middle of a run (half of
// the time a whole run took on this machine): the command says so, exits
// 1 within seconds and leaves the output as it was. A run that ended
// before the signal reached it (the machine was busier while the whole
// run was timed) is tried again with half the delay.
func TestInterruptStopsPromptly(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the command")
	}
	in := bigFolder(t, 3000)
	start := time.Now()
	if err := child(context.Background(), "run", "--in", in, "--out", t.TempDir(), "--quiet").Run(); err != nil {
		t.Fatal(err)
	}
	full := time.Since(start)
	for delay := full / 2; ; delay /= 2 {
		if delay < full/16 {
			t.Fatalf("every run ended before SIGINT reached it (a whole run took %s)", full)
		}
		out := t.TempDir()
		if code, _, stderr := runMain(t, "run", "--in", seeds, "--out", out); code != exitOK {
			t.Fatalf("first run: exit %d: %s", code, stderr)
		}
		old, err := os.ReadFile(filepath.Join(out, "knowledge.json"))
		if err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd := child(context.Background(), "run", "--in", in, "--out", out)
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		sent := time.Now()
		if err := cmd.Process.Signal(os.Interrupt); errors.Is(err, os.ErrProcessDone) {
			_ = cmd.Wait()
			t.Logf("the run ended within %s, before SIGINT; trying again sooner", delay)
			continue
		} else if err != nil {
			t.Fatal(err)
		}
		err = cmd.Wait()
		took := time.Since(sent)
		if err == nil {
			t.Logf("the run ended within %s, before it read SIGINT; trying again sooner", delay)
			continue
		}
		var exitErr *exec.ExitError
		if !errors.As(err, &exitErr) || exitErr.ExitCode() != exitFailed {
			t.Fatalf("after SIGINT: %v, want exit %d; stderr: %s", err, exitFailed, stderr.String())
		}
		if took > 10*time.Second {
			t.Errorf("took %s to stop after SIGINT", took)
		}
		if !strings.Contains(stderr.String(), "interrupted") {
			t.Errorf("stderr does not say it was interrupted: %s", stderr.String())
		}
		now, err := os.ReadFile(filepath.Join(out, "knowledge.json"))
		if err != nil || !bytes.Equal(now, old) {
			t.Errorf("the output changed after an interrupted run (err %v)", err)
		}
		t.Logf("a full run takes %s; SIGINT after %s; stopped %s later", full, delay, took)
		return
	}
}

// TestExplainShowsTheGate: explain prints the blocks, then the gate's
// decision and the triples of a seed article that yields some.
func TestExplainShowsTheGate(t *testing.T) {
	code, stdout, stderr := runMain(t, "explain", filepath.Join(seeds, "000_d22e5818695cd291.txt"))
	if code != exitOK {
		t.Fatalf("explain: exit %d, stderr:\n%s", code, stderr)
	}
	for _, want := range []string{"blocks: ", "gate:     fix (", "problem:  ", "triple:   ("} {
		if !strings.Contains(stdout, want) {
			t.Errorf("explain's output has no %q:\n%s", want, stdout)
		}
	}
}

package lookup_test

import (
	"context"
	"os"
	"strconv"
	"testing"

	"github.com/whosaid/whosaid/internal/store"
)

// TestDevLoad is a temporary helper: loads a corpus into $DEV_DB.
func TestDevLoad(t *testing.T) {
	u := os.Getenv("DEV_DB")
	if u == "" {
		t.Skip()
	}
	n, _ := strconv.Atoi(os.Getenv("DEV_N"))
	ctx := context.Background()
	st, err := store.Open(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	c := newCorpus(n)
	s, err := st.BulkLoadForBench(ctx, c.data(), false)
	t.Logf("%+v %v", s, err)
	f, _ := os.Create("/tmp/devqueries.txt")
	for _, q := range c.queries() {
		f.WriteString(q.kind + "\t" + q.text + "\n")
	}
	f.Close()
}

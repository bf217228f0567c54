package localize

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Texts the vendors may one day publish: whatever they hold, the escaped
// message prints it unchanged.
func TestVerbatimEscaping(t *testing.T) {
	for _, s := range []string{
		"plain",
		"cur state is %s.",
		"100% sure, %d%% and %[1]v",
		"template ${name} and ${ unclosed",
		"${a}${b}$${c}",
		"dollar $ alone, braces {x} and }{",
		"%${x}%",
		"中文 %s ${用户}",
	} {
		b := catalog.NewBuilder()
		require.NoError(t, b.Set(language.English, "k", verbatim(s)...), s)
		p := message.NewPrinter(language.English, message.Catalog(b))
		assert.Equal(t, s, p.Sprintf("k"), s)
	}
}

package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/imcodes/imcodes/logscan"
)

func main() {
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		line := sc.Text()
		var out []string
		logscan.Scan(strings.NewReader(line), func(m logscan.Match) bool {
			ps := []string{}
			for _, e := range m.Entries {
				ps = append(ps, e.Platform.String()+":"+e.Name)
			}
			out = append(out, fmt.Sprintf("%s[%s %v]", m.Text, m.Rule, ps))
			return true
		})
		fmt.Printf("%-70.70s => %v\n", line, out)
	}
}

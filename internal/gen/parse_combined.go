package gen

// combinedRows parses p's rows of a combined error page of 2015-2016, which
// lists the codes of the iOS SDK, the Android SDK and the server on one page.
// The 2016 revisions have a table under each platform's heading; the 2015
// ones have a single table, split only by HTML comments, so there the
// number says the platform (see platformOfNumber). Under a heading, a row
// whose number belongs to another platform is malformed, except 0, success,
// which the 2016 pages list once, under Android or under the server.
func combinedRows(p *platform, heading string) parser {
	return func(file string, src []byte) ([]row, error) {
		tables, err := htmlTables(file, src)
		if err != nil {
			return nil, err
		}
		if len(tables) == 1 && tables[0].heading != heading {
			var rows []row
			for _, r := range tables[0].rows {
				if r.bad != nil || platformOfNumber(r.code) == p {
					rows = append(rows, r)
				}
			}
			return rows, nil
		}
		rows, err := tableRows(file, src, heading)
		if err != nil {
			return nil, err
		}
		for i, r := range rows {
			if r.bad == nil && r.code != 0 && platformOfNumber(r.code) != p {
				rows[i].bad = r.errorf("code %d under %q is not a %s code (86xxxx are the iOS SDK's, 87xxxx the Android SDK's, the rest the server's)", r.code, heading, p.id)
			}
		}
		return rows, nil
	}
}

// platformOfNumber returns the JMessage platform whose combined-page table
// holds code: 86xxxx are the iOS SDK's own codes, 87xxxx the Android SDK's,
// and every other number (the server's 8xxxxx, and 0) the server's.
func platformOfNumber(code int) *platform {
	switch {
	case 860000 <= code && code <= 869999:
		return jmessageIOS
	case 870000 <= code && code <= 879999:
		return jmessageAndroid
	}
	return jmessageServer
}

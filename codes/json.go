package codes

import (
	"encoding"
	"encoding/json"
	"fmt"
)

// unmarshalJSONText decodes a JSON string or number into v through its
// UnmarshalText, so that Platform and Category read back both the names they
// are written as, in any valid JSON spelling ("jmessage\/server", as PHP
// writes it), and the numbers other systems may send.
func unmarshalJSONText(data []byte, v encoding.TextUnmarshaler) error {
	switch {
	case string(data) == "null":
		return nil
	case len(data) > 0 && data[0] == '"':
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return fmt.Errorf("codes: cannot unmarshal %.20s into %T: %v", data, v, err)
		}
		return v.UnmarshalText([]byte(s))
	case len(data) > 0 && (data[0] == '-' || '0' <= data[0] && data[0] <= '9'):
		return v.UnmarshalText(data)
	}
	return fmt.Errorf("codes: cannot unmarshal %.20s into %T", data, v)
}

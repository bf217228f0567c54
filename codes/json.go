package codes

import (
	"encoding"
	"fmt"
	"strconv"
)

// unmarshalJSONText decodes a JSON string or number into v through its
// UnmarshalText, so that Platform and Category read back both the names they
// are written as and the numbers other systems may send. It avoids
// encoding/json so that this package stays cheap to import; the names are
// plain ASCII, for which strconv.Unquote reads JSON strings exactly.
func unmarshalJSONText(data []byte, v encoding.TextUnmarshaler) error {
	switch {
	case string(data) == "null":
		return nil
	case len(data) > 0 && data[0] == '"':
		s, err := strconv.Unquote(string(data))
		if err != nil {
			return fmt.Errorf("codes: cannot unmarshal %.20s into %T: %v", data, v, err)
		}
		return v.UnmarshalText([]byte(s))
	case len(data) > 0 && (data[0] == '-' || '0' <= data[0] && data[0] <= '9'):
		return v.UnmarshalText(data)
	}
	return fmt.Errorf("codes: cannot unmarshal %.20s into %T", data, v)
}

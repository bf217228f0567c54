package easemob_test

import (
	"errors"
	"fmt"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
)

// Newer REST endpoints send a numeric error_code beside the reason: errors.Is
// matches it, it decides the category and action, and it says which SDK
// codes an app would have seen for the same failure.
func ExampleErrorCode() {
	body := `{"error":"forbidden_op","error_description":"the service is not open","error_code":15002}`
	err := easemob.ParseResponse(403, []byte(body))
	fmt.Println(errors.Is(err, easemob.ErrorCode(15002)), codes.CategoryOf(err), codes.ActionOf(err))

	code := easemob.ErrorCode(15002)
	fmt.Println(code.Meaning(), code.ChineseMeaning())
	fmt.Println(code.Web4Codes(), code.NativeCodes())

	// The vendor's own send example carries a code that no SDK table has:
	// it keeps its number, and the reason or the status decides.
	fmt.Println(easemob.ErrorCode(14007), codes.CategoryOf(easemob.ErrorCode(14007)))
	// Output:
	// true Unimplemented FixSetup
	// Feature not enabled or unsupported. 功能未开通或不受支持。
	// [easemob/web4 505: SERVICE_NOT_ENABLED] [easemob/native 111: OPERATION_UNSUPPORTED]
	// easemob REST error code 14007 Unknown
}

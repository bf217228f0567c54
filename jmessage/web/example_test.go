package web_test

import (
	"errors"
	"fmt"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage/web"
)

// A Web client reported a failed login to the back end as a bare number.
func Example() {
	err := web.Code(880104).Err()
	if errors.Is(err, web.WrongPassword) {
		fmt.Println("wrong password")
	}
	fmt.Println(codes.CategoryOf(err), codes.ActionOf(err))
	// Output:
	// wrong password
	// Unauthenticated FixRequest
}

// Codes that only an older revision of the vendor's page lists are kept,
// marked Deprecated.
func Example_deprecated() {
	e := web.MemberNotFound.Entry()
	fmt.Println(e.Code, e.Deprecated)
	fmt.Println(errors.Is(web.MemberNotFound, codes.NotFound))
	// Output:
	// 881002 true
	// true
}

package web_test

import (
	"errors"
	"fmt"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/jmessage/web"
)

// A Web client reported a failed login to the back end as a bare number.
func Example() {
	err := error(web.Code(880104))
	if errors.Is(err, web.WrongPassword) {
		fmt.Println("wrong password")
	}
	e, _ := web.Code(880104).Entry()
	fmt.Println(e.Category, e.Retryable)
	// Output:
	// wrong password
	// Unauthenticated false
}

// Codes that only an older revision of the vendor's page lists are kept,
// marked Deprecated.
func ExampleLookup_deprecated() {
	e, _ := web.Lookup(881002)
	fmt.Println(e.Name, e.Deprecated)
	fmt.Println(errors.Is(web.MemberNotFound, codes.NotFound))
	// Output:
	// MemberNotFound true
	// true
}

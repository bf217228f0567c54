package sdkreport_test

import (
	"fmt"

	"github.com/imcodes/imcodes/internal/sdkreport"
)

// A Flutter app forwards the exception its JMessage plugin threw.
func ExampleParse() {
	r, err := sdkreport.Parse([]byte("Unhandled Exception: PlatformException(871303, Invalid username., null, null)"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Form, r.Code, r.Message)

	r, _ = sdkreport.Parse([]byte(`Error Domain=jmsg_error Code=865003 "target is 0" UserInfo={NSLocalizedDescription=target is 0}`))
	fmt.Println(r.Form, r.Code, r.Message, r.Platform)

	_, err = sdkreport.Parse([]byte(`Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."`))
	fmt.Println(err)
	// Output:
	// PlatformException 871303 Invalid username.
	// NSError 865003 target is 0 jmessage/ios
	// an NSError of domain NSURLErrorDomain: the system's, not an IM SDK's
}

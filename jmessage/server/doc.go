// Package server holds the error codes of the JMessage server: the REST API
// for app servers (899xxx and most others) and the API the SDKs call
// (898xxx), which every JMessage SDK may pass on to its application.
//
// Where both families have a code with the same message, the 898xxx code has
// the plain name (NoSuchUser) and the 899xxx code the prefix REST
// (RESTNoSuchUser); match a family of failures with a category instead:
//
//	if errors.Is(err, codes.NotFound) { ... }
//
// To turn a REST response into an error, see package
// github.com/imcodes/imcodes/jmessage.
package server

// Package jmessage turns responses of the JMessage (JIGUANG IM) REST API into
// errors of the catalog.
//
// The codes themselves live in the platform packages below this one: web,
// server, android and jmrtc. A code number is unique across them (except 0,
// success), so a decoded error lands on the platform that defines its number.
package jmessage

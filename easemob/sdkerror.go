package easemob

import (
	"cmp"
	"errors"
	"fmt"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob/native"
	"github.com/imcodes/imcodes/easemob/web4"
	"github.com/imcodes/imcodes/internal/httpresp"
	"github.com/imcodes/imcodes/internal/sdkreport"
	"github.com/imcodes/imcodes/internal/wire"
)

// ParseSDKError decodes an error report of an Easemob SDK as an application
// forwards it, and returns a *codes.Error with its code, on the numbering
// that made it, and the SDK's message; nil for a success code.
//
// Easemob has two numberings (see packages easemob/native and easemob/web4),
// and numbering names the one of the SDK that made the report:
// codes.EasemobNative for the Android, iOS, Flutter, React Native, Unity,
// Windows and HarmonyOS SDKs, the Web SDK 5.x and Agora Chat;
// codes.EasemobWeb4 for the Web and mini-program SDK 4.x. A back end that
// does not know passes 0, and the report's shape decides where it can: an
// object with a "code" ({"code":500,"description":"..."}, as the native
// SDKs, Flutter and React Native report), an NSError, a Flutter
// PlatformException or a text that names a native SDK (EMError,
// com.hyphenate, Agora) is native; a text that names a WEBIM_ constant is
// 4.x. Both Web SDKs report {"type":N,"message":"..."}, so with numbering 0
// that shape is an error that says so, never a guess.
//
// The report may be JSON, or one of the text forms the SDKs print: an iOS
// NSError's description, a Flutter PlatformException, a JavaScript object
// literal with unquoted keys and single quotes, or "type: 206, message:
// ...". The code may come as a string of digits; the message may be under
// message or description.
//
// On the 4.x numbering, type 0 is REQUEST_SUCCESS, but the SDK's enum gives
// 0 a second name, WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR, and open() without
// a user fires the error callback with it: in a report, 0 gives an error
// whose cause is ErrUserNotAssigned, never nil.
//
// Anything else (no code, wrong types, another numbering than these two)
// still gives a *codes.Error, without a code and of category Unknown,
// keeping an excerpt of the data and the reason it could not be read.
func ParseSDKError(data []byte, numbering codes.Platform) error {
	if numbering != 0 && numbering != codes.EasemobNative && numbering != codes.EasemobWeb4 {
		return httpresp.Undecodable(0, 0, data, fmt.Errorf("%v is not an Easemob numbering (want codes.EasemobNative, codes.EasemobWeb4 or 0)", numbering))
	}
	r, err := readReport(data)
	if err != nil {
		return httpresp.Undecodable(numbering, 0, data, err)
	}
	p := numbering
	if p == 0 {
		if p = r.numbering(); p == 0 {
			return httpresp.Undecodable(0, 0, data, errors.New(`both Web SDKs, 4.x and 5.x, report {"type":N}, with different numberings: name the numbering`))
		}
	}
	e := codes.NewError(p, r.code)
	e.Message = r.message
	switch {
	case p == codes.EasemobWeb4 && r.code == 0:
		e.Err = ErrUserNotAssigned
	case p == codes.EasemobWeb4 && web4.Code(r.code).Err() == nil,
		p == codes.EasemobNative && native.Code(r.code).Err() == nil:
		return nil
	}
	return e
}

// report is what ParseSDKError reads of a report.
type report struct {
	code    int
	message string
	key     string // "code", "type", ...; "" for a PlatformException
	form    sdkreport.Form
	named   string // the platform or vendor the text names, if any
}

// numbering returns the numbering the shape of r tells, or 0.
func (r *report) numbering() codes.Platform {
	switch {
	case r.named == codes.EasemobNative.String(), r.form == sdkreport.NSError, r.form == sdkreport.PlatformException:
		return codes.EasemobNative
	case r.named == codes.EasemobWeb4.String():
		return codes.EasemobWeb4
	case r.key == "code":
		return codes.EasemobNative
	}
	return 0
}

// readReport reads a JSON object with the JSON walker, which is lenient
// about BOMs, trailing commas and truncation, and anything else (or an
// object it cannot read) as one of the SDKs' text forms.
func readReport(data []byte) (report, error) {
	start := wire.Start(data)
	if start < len(data) && data[start] == '{' {
		var r report
		var rawCode []byte
		var message, description string
		_, err := wire.Object(data, start, func(k, v []byte) bool {
			switch {
			case rawCode == nil && wire.KeyIs(k, "type"):
				rawCode, r.key = v, "type"
			case rawCode == nil && wire.KeyIs(k, "code"):
				rawCode, r.key = v, "code"
			case wire.KeyIs(k, "message"):
				message, _ = wire.String(v)
			case wire.KeyIs(k, "description"):
				description, _ = wire.String(v)
			}
			return true
		})
		if code, ok := wire.Int(rawCode, 32); ok {
			r.code, r.message = int(code), cmp.Or(message, description)
			r.named = sdkreport.Named(data)
			return r, nil
		}
		if err == nil {
			return report{}, errors.New(`no numeric "code" or "type"`)
		}
	}
	sr, err := sdkreport.Parse(data)
	if err != nil {
		return report{}, err
	}
	return report{code: sr.Code, message: sr.Message, key: sr.Key, form: sr.Form, named: sr.Platform}, nil
}

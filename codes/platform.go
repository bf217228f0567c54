package codes

import (
	"fmt"
	"strconv"
	"strings"
)

// Platform identifies the vendor SDK or API that defines a code. The same
// number can mean different things on different platforms (0 exists on four),
// so a code is only meaningful together with its platform.
type Platform uint8

// The platforms of the catalog, ordered by vendor, then platform. The zero
// Platform is not a platform. The numbers are stable from the first tagged
// release on (JSON may carry them), so a new platform comes last.
const (
	JMessageWeb     Platform = iota + 1 // JMessage (JIGUANG IM) Web SDK: 0, 880001–882005
	JMessageServer                      // JMessage server REST API, surfaced by every SDK
	JMessageAndroid                     // JMessage Android SDK: 0, 871xxx
	JMessageIOS                         // JMessage iOS SDK: 860xxx–869xxx
	JMRTC                               // JMRTC audio/video SDK: 0, 872xxx (Android), 871001–871008 (iOS)
	EasemobWeb4                         // Easemob (环信) Web / mini-program SDK 4.x statusCode
	EasemobNative                       // Easemob native SDKs, Web SDK 5.x and Agora Chat
)

// platformIDs holds the stable id of each platform, indexed by Platform.
var platformIDs = [...]string{
	JMessageWeb:     "jmessage/web",
	JMessageServer:  "jmessage/server",
	JMessageAndroid: "jmessage/android",
	JMessageIOS:     "jmessage/ios",
	JMRTC:           "jmessage/jmrtc",
	EasemobWeb4:     "easemob/web4",
	EasemobNative:   "easemob/native",
}

// Platforms returns every platform, in the order of their constants.
func Platforms() []Platform {
	return []Platform{JMessageWeb, JMessageServer, JMessageAndroid, JMessageIOS, JMRTC, EasemobWeb4, EasemobNative}
}

// Valid reports whether p is one of the catalog's platforms.
func (p Platform) Valid() bool { return p > 0 && int(p) < len(platformIDs) }

// String returns the platform id, such as "jmessage/server", which is also the
// import path of its package below github.com/imcodes/imcodes. An invalid
// platform gives "Platform(N)".
func (p Platform) String() string {
	if p.Valid() {
		return platformIDs[p]
	}
	return "Platform(" + strconv.Itoa(int(p)) + ")"
}

// ParsePlatform returns the platform named by s: its id ("jmessage/server"),
// or the last element of the id ("server", "jmrtc"), in any case.
func ParsePlatform(s string) (Platform, error) {
	for p := JMessageWeb; p.Valid(); p++ {
		id := platformIDs[p]
		if strings.EqualFold(s, id) || strings.EqualFold(s, id[strings.LastIndexByte(id, '/')+1:]) {
			return p, nil
		}
	}
	return 0, fmt.Errorf("codes: unknown platform %q (valid: %s)", s, strings.Join(platformIDs[1:], ", "))
}

// MarshalText encodes p as its id. An invalid platform is an error, so that
// JSON output never carries a platform that cannot be read back.
func (p Platform) MarshalText() ([]byte, error) {
	if !p.Valid() {
		return nil, fmt.Errorf("codes: cannot marshal invalid %v", p)
	}
	return []byte(platformIDs[p]), nil
}

// UnmarshalText decodes a platform from what [ParsePlatform] accepts or from
// its number.
func (p *Platform) UnmarshalText(text []byte) error {
	n, err := parseText(text, 1, len(platformIDs), func(s string) (int, error) {
		v, err := ParsePlatform(s)
		return int(v), err
	})
	if err == nil {
		*p = Platform(n)
	}
	return err
}

// UnmarshalJSON decodes a platform from a JSON string (see
// [Platform.UnmarshalText]) or a JSON number.
func (p *Platform) UnmarshalJSON(data []byte) error {
	return unmarshalJSONText(data, p)
}

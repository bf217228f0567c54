// Package sdknames finds codes by the names the vendors' SDKs give them:
// Easemob's constants (USER_NOT_FOUND, EMErrorUserNotFound, the Web SDK 5.x
// names, WEBIM_CONNCTION_OPEN_ERROR), the JMessage iOS SDK's
// (kJMSGErrorSDKNetworkOtherError) and JMRTC's javadoc constants. The table
// is generated from the catalog's sources.
package sdknames

import (
	"sort"

	"github.com/imcodes/imcodes/codes"
)

// Name is one name an SDK gives a code of a platform.
type Name struct {
	Name     string
	Platform codes.Platform
	Code     int
}

// Lookup returns the codes an SDK names name, exactly as the SDK spells it,
// in the order of the platforms; none for a name no SDK gives.
func Lookup(name string) []Name {
	i := sort.Search(len(names), func(i int) bool { return names[i].Name >= name })
	j := i
	for j < len(names) && names[j].Name == name {
		j++
	}
	return names[i:j:j]
}

// All returns every name, sorted by name, then platform, then code.
func All() []Name { return append([]Name(nil), names...) }

package codes

import "strconv"

// Entry is one row of the catalog: a vendor code with its texts, its category
// and the action it calls for. Message, Description and EnglishDescription
// are the vendor's words verbatim, typos and printf-style placeholders such
// as %s and %@ included; never pass them to a formatter as a format string.
//
// A lookup of a code the catalog lacks gives an entry with only Platform and
// Code set, of category Unknown and action Report, and no Name: it says that
// the code is unknown wherever it is shown, and never reads as success.
type Entry struct {
	// Platform is the SDK or API that defines the code.
	Platform Platform `json:"platform,omitempty"`
	// Code is the vendor's number.
	Code int `json:"code"`
	// Name is the Go constant of the code in its platform package, and
	// empty for a code the catalog lacks.
	Name string `json:"name"`
	// Message is the vendor's English message (for Easemob, the SDK constant
	// name, the only English the vendor gives). It is empty where the
	// vendor gives none: two JMessage server codes whose page leaves it
	// empty, and the codes that only the iOS SDK's constants pages list.
	Message string `json:"message"`
	// Description is the vendor's Chinese description. It is empty where the
	// vendor gives none: the Easemob codes that only the SDK's enum lists,
	// and JMRTC 872005, which only the Android SDK's javadoc lists.
	Description string `json:"description"`
	// EnglishDescription is the vendor's English explanation of the code,
	// from its English page, where it has one; empty otherwise. The Chinese
	// Description is the reference where the two disagree.
	EnglishDescription string `json:"description_en"`
	// Meaning and ChineseMeaning say what the code means in this project's
	// own words, in English and Chinese, for the codes whose vendor
	// publishes no text this catalog may copy (Easemob's native numbering);
	// empty elsewhere. They are never the vendor's words.
	Meaning        string `json:"meaning,omitempty"`
	ChineseMeaning string `json:"meaning_zh,omitempty"`
	// Category is the vendor-neutral class of the failure.
	Category Category `json:"category"`
	// Action is what the caller does next.
	Action Action `json:"action"`
	// Deprecated reports that the newest sources no longer list the code:
	// only an older revision of the vendor's page does, or (Easemob) the
	// newest SDK declares it but no longer raises it. Services and older
	// SDKs may still send it.
	Deprecated bool `json:"deprecated"`
	// Source is the vendor file the texts come from, such as
	// "jmessage-server.md": a File of imcodes.Sources, which says where and
	// when it was published. Empty for a code the catalog lacks.
	Source string `json:"source"`
}

// String returns the platform, the code and the English text of e, as the
// platform's Code type reports it as an error:
//
//	jmessage/server 898002: No such user
//	jmessage/server 123456: unknown code
//
// A code whose vendor gives no English is described by its Chinese text.
func (e Entry) String() string {
	p := "imcodes"
	if e.Platform.Valid() {
		p = e.Platform.String()
	}
	return p + " " + strconv.Itoa(e.Code) + ": " + e.text()
}

// text returns the English message of e, its Chinese description where the
// vendor gives no English, or "unknown code" for a code the catalog lacks.
// (Easemob's codes always have a message: the SDK constant.)
func (e *Entry) text() string {
	switch {
	case e.Name == "":
		return "unknown code"
	case e.Message != "":
		return e.Message
	}
	return e.Description
}

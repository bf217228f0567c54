package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// repoInputs reads the real inputs from the module root.
func repoInputs(t testing.TB) inputs {
	t.Helper()
	in := inputs{}
	for _, name := range inputFiles() {
		b, err := os.ReadFile(filepath.Join("..", "..", name))
		if name != releasedNamesFile {
			require.NoError(t, err)
		}
		in[name] = b
	}
	return in
}

// The committed generated files are what the sources give; CI checks the same
// with go generate and git diff.
func TestGeneratedFilesAreCurrent(t *testing.T) {
	files, err := generate(repoInputs(t), false)
	require.NoError(t, err)
	require.Len(t, files, 6+len(platforms)) // tables.go, provenance.go, reasons.go, errorcodes.go, usertexts.go, names.go and each code.go
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", "..", name))
		require.NoError(t, err)
		assert.True(t, bytes.Equal(want, got), "%s is stale: run go generate ./...", name)
		assert.True(t, bytes.HasPrefix(got, []byte(header)), "%s", name)
	}
}

func TestRenderIsDeterministic(t *testing.T) {
	var first map[string][]byte
	for range 3 {
		cat, err := build(repoInputs(t))
		require.NoError(t, err)
		files, err := render(cat)
		require.NoError(t, err)
		if first == nil {
			first = files
			continue
		}
		assert.Equal(t, first, files)
	}
}

func TestRenderedConstants(t *testing.T) {
	cat, err := build(smallInputs())
	require.NoError(t, err)
	files, err := render(cat)
	require.NoError(t, err)
	web := string(files["jmessage/web/code.go"])
	assert.Contains(t, web, "package web\n")
	assert.Contains(t, web, "\t// AppKeyNotFound is 880101, \"appkey not exist\" (appkey 不存在).\n\t// Category Unauthenticated; action FixSetup: fix the application's setup (app key, secret, permissions, services).\n\tAppKeyNotFound Code = 880101\n")
	assert.Contains(t, web, "\t// Deprecated: only an older revision of the vendor's page (jmessage-web-older.md) lists it; services may still send it.\n\tMemberNotFound Code = 881002\n")
	assert.Contains(t, web, "\t// Success is 0, \"success\" (请求成功).\n\t// The vendor explains: \"Successful request\"\n")
	em := string(files["easemob/web4/code.go"])
	assert.Contains(t, em, "\t// WebIMConnctionServerError is 8, \"WEBIM_CONNCTION_SERVER_ERROR\".\n\t// Note, in this project's words: declared only.\n", "no empty () for a code without a description")
	assert.Contains(t, em, "\t// The SDK also calls 0 WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR.\n")
	assert.Contains(t, em, "\t// WebIMConnctionUserNotAssignError is 0 as well, the SDK's second name for it\n\t// (WEBIM_CONNCTION_USER_NOT_ASSIGN_ERROR): the same Code as RequestSuccess, with its entry.\n\tWebIMConnctionUserNotAssignError Code = 0\n")
	ios := string(files["jmessage/ios/code.go"])
	assert.Contains(t, ios, "package ios\n")
	assert.Contains(t, ios, "\t// NetworkError is 860016 (其他网络原因).\n\t// SDK constant: kJMSGErrorSDKNetworkOtherError.\n")
	assert.Contains(t, string(files["easemob/web4/code.go"]), "\t// Category DeadlineExceeded; action Retry: retry with back-off.\n\tRequestTimeout Code = -1\n")

	tables := string(files["codes/tables.go"])
	assert.Contains(t, tables, `{Platform: JMessageWeb, Code: 881002, Name: "MemberNotFound", Message: "member not exist", Description: "成员列表中有不存在的成员", Category: NotFound, Action: FixRequest, Deprecated: true, Source: "jmessage-web-older.md"},`)
	assert.Contains(t, tables, `{Platform: JMessageWeb, Code: 880103, Name: "UserNotFound", Message: "user not exist", Description: "用户不存在", EnglishDescription: "User does not exist", Category: NotFound, Action: FixRequest, Source: "jmessage-web.txt"},`)
	assert.Contains(t, tables, "\tJMRTC:           {platform: JMRTC, entries: jmessageJmrtcEntries},\n")

	native := string(files["easemob/native/code.go"])
	assert.Contains(t, native, "package native\n")
	assert.Contains(t, native, "\t// GroupNotExist is 606, \"GROUP_NOT_EXIST\".\n\t// In this project's words: The group does not exist.\n\t// iOS: EMErrorGroupNotExist.\n\t// Web SDK 5.x: GROUP_NOT_EXIST.\n\t// Agora Chat numbers it differently (see the note).\n\t// Note, in this project's words: Older SDKs use 605.\n")
	assert.Contains(t, native, "\t// Deprecated: the sheet of the native numbering marks it deprecated")
	assert.Contains(t, tables, `{Platform: EasemobNative, Code: 204, Name: "UserNotFound", Message: "USER_NOT_FOUND", Description: "", Meaning: "The user ID does not exist.", ChineseMeaning: "用户 ID 不存在。", Category: NotFound, Action: FixRequest, Source: "easemob-native-errors.tsv"},`)

	names := string(files[sdkNamesFile])
	assert.Contains(t, names, "\t{\"CONTACT_ADD_USER_NOT_FOUND\", codes.EasemobNative, 204},\n\t{\"CONTACT_BLOCKLIST_USER_NOT_FOUND\", codes.EasemobNative, 204},\n")
	assert.Contains(t, names, "\t{\"kJMSGErrorSDKNetworkOtherError\", codes.JMessageIOS, 860016},\n")
	assert.False(t, strings.Contains(tables, "Deprecated: false"), "zero fields are left out")
}

func TestRunWritesFiles(t *testing.T) {
	root := t.TempDir()
	for name, data := range smallInputs() {
		path := filepath.Join(root, name)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, data, 0o644))
	}
	require.NoError(t, Run(root, true))
	for _, name := range []string{"codes/tables.go", "jmessage/server/code.go", "easemob/web4/code.go", "easemob/native/code.go", sdkNamesFile, reasonsGoFile, errorCodesGoFile, userTextsGoFile, releasedNamesFile} {
		assert.FileExists(t, filepath.Join(root, name))
	}
	rec, err := os.ReadFile(filepath.Join(root, releasedNamesFile))
	require.NoError(t, err)
	assert.Contains(t, string(rec), "jmessage/server 898002 NoSuchUser\n")

	// A rename is now refused.
	ov := filepath.Join(root, overridesFile)
	b, err := os.ReadFile(ov)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(ov, bytes.Replace(b, []byte("898002 NoSuchUser"), []byte("898002 UserMissing"), 1), 0o644))
	assert.ErrorContains(t, Run(root, false), "was released as NoSuchUser")

	assert.Error(t, Run(t.TempDir(), false), "no sources")
}

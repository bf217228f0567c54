package easemob_test

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
	"github.com/imcodes/imcodes/easemob/native"
	"github.com/imcodes/imcodes/easemob/web4"
)

// sheetRow is a row of the fact sheet of the REST error codes, read here
// with the test's own code rather than the generator's.
type sheetRow struct {
	status, code int
	field        string
	web4         []web4.Code
	native       []native.Code
	meaning      string
}

func readRESTCodeSheet(t *testing.T) []sheetRow {
	t.Helper()
	f, err := os.Open("../internal/gen/sources/easemob-rest-error-codes.tsv")
	require.NoError(t, err)
	defer f.Close()
	var rows []sheetRow
	sc := bufio.NewScanner(f)
	header := true
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		if header {
			require.Equal(t, "http_status\terror_code\tfield\tsdk_code\tmeaning_en\tsources", line)
			header = false
			continue
		}
		cells := strings.Split(line, "\t")
		require.Len(t, cells, 6, line)
		var r sheetRow
		if cells[0] != "" {
			r.status, err = strconv.Atoi(cells[0])
			require.NoError(t, err, line)
		}
		r.code, err = strconv.Atoi(cells[1])
		require.NoError(t, err, line)
		r.field, r.meaning = cells[2], cells[4]
		for _, sdk := range strings.Split(cells[3], ",") {
			n, err := strconv.Atoi(sdk[strings.IndexByte(sdk, ':')+1:])
			require.NoError(t, err, line)
			if strings.HasPrefix(sdk, "web4:") {
				r.web4 = append(r.web4, web4.Code(n))
			} else {
				require.True(t, strings.HasPrefix(sdk, "native:"), line)
				r.native = append(r.native, native.Code(n))
			}
		}
		rows = append(rows, r)
	}
	require.NoError(t, sc.Err())
	return rows
}

// Every code of the sheet is known, with the sheet's meaning, status and
// SDK codes, a Chinese meaning and a decided category and action.
func TestErrorCodesMatchTheSheet(t *testing.T) {
	rows := readRESTCodeSheet(t)
	require.Len(t, rows, 53, "the sheet's 53 codes")
	sevenDigit := 0
	for _, r := range rows {
		c := easemob.ErrorCode(r.code)
		assert.Equal(t, r.meaning, c.Meaning(), "%d", r.code)
		assert.Equal(t, r.status, c.Status(), "%d", r.code)
		assert.Equal(t, r.web4, c.Web4Codes(), "%d", r.code)
		assert.Equal(t, r.native, c.NativeCodes(), "%d", r.code)
		assert.True(t, strings.ContainsFunc(c.ChineseMeaning(), func(r rune) bool { return unicode.Is(unicode.Han, r) }), "%d: %q", r.code, c.ChineseMeaning())
		assert.Equal(t, "easemob REST error code "+strconv.Itoa(r.code)+": "+r.meaning, c.Error())
		if r.field == "error.code" {
			sevenDigit++
			assert.GreaterOrEqual(t, r.code, 1000000, "the service codes have seven digits")
		}
		category, action := c.Classify()
		assert.NotEqual(t, codes.OK, category, "%d", r.code)
		assert.NotEqual(t, codes.None, action, "%d", r.code)
		// The rules of the catalog hold for these codes too.
		switch action {
		case codes.Retry:
			assert.Contains(t, []codes.Category{codes.Unavailable, codes.DeadlineExceeded, codes.Aborted}, category, "%d", r.code)
		case codes.RetryLater:
			assert.Equal(t, codes.ResourceExhausted, category, "%d", r.code)
		case codes.Reauthenticate:
			assert.Equal(t, codes.Unauthenticated, category, "%d", r.code)
		case codes.Report:
			assert.Contains(t, []codes.Category{codes.Internal, codes.Unknown, codes.DataLoss}, category, "%d", r.code)
		}
	}
	assert.Equal(t, 17, sevenDigit, "the seven-digit service codes of error.code")
}

func TestErrorCodeClassifies(t *testing.T) {
	for _, tt := range []struct {
		code     easemob.ErrorCode
		category codes.Category
		action   codes.Action
	}{
		{15002, codes.Unimplemented, codes.FixSetup},      // 403: the service is not enabled
		{40011, codes.NotFound, codes.FixRequest},         // thread not found
		{60010, codes.PermissionDenied, codes.FixRequest}, // several causes, all the request's
		{4031002, codes.ResourceExhausted, codes.FixSetup},
		{5021003, codes.Unavailable, codes.Retry},
		{60005, codes.Unknown, codes.Report}, // no cause given: the status decides
		{14007, codes.Unknown, codes.Report}, // the vendor's example, in no SDK table
		{0, codes.Unknown, codes.Report},
	} {
		c, a := tt.code.Classify()
		assert.Equal(t, tt.category, c, "%d", tt.code)
		assert.Equal(t, tt.action, a, "%d", tt.code)
		assert.Equal(t, tt.category, codes.CategoryOf(tt.code), "%d", tt.code)
		assert.Equal(t, tt.action, codes.ActionOf(tt.code), "%d", tt.code)
		assert.ErrorIs(t, tt.code, tt.category, "%d", tt.code)
	}
	assert.NotErrorIs(t, easemob.ErrorCode(15002), codes.PermissionDenied)
	assert.Equal(t, []web4.Code{411, -3}, easemob.ErrorCode(4001001).Web4Codes(), "every SDK code the sheet gives, in its order")
	assert.Equal(t, []web4.Code{50, 52}, easemob.ErrorCode(60010).Web4Codes())
}

// A code this package does not know keeps its number and says nothing more.
func TestUnknownErrorCode(t *testing.T) {
	c := easemob.ErrorCode(14007)
	assert.Equal(t, "easemob REST error code 14007", c.Error())
	assert.Empty(t, c.Meaning())
	assert.Empty(t, c.ChineseMeaning())
	assert.Zero(t, c.Status())
	assert.Nil(t, c.Web4Codes())
	assert.Nil(t, c.NativeCodes())
	assert.Equal(t, "easemob REST error code 0", easemob.ErrorCode(0).Error())
}

// The slices are the caller's: changing one leaves the table alone.
func TestErrorCodeSDKCodesAreCopies(t *testing.T) {
	c := easemob.ErrorCode(15002)
	c.Web4Codes()[0] = 1
	c.NativeCodes()[0] = 1
	assert.Equal(t, []web4.Code{web4.Code(505)}, c.Web4Codes())
	assert.Equal(t, []native.Code{native.Code(111)}, c.NativeCodes())
}

func TestErrorCodeThroughRESTError(t *testing.T) {
	// A body as newer endpoints send it: the code is more specific than the
	// reason, and decides.
	err := fmt.Errorf("send: %w", easemob.ParseResponse(403, []byte(`{"error":"forbidden_op","error_description":"service not open","error_code":15002}`)))
	assert.ErrorIs(t, err, easemob.ErrorCode(15002))
	assert.ErrorIs(t, err, easemob.ReasonForbiddenOp, "the reason still matches")
	assert.NotErrorIs(t, err, easemob.ErrorCode(15003))
	assert.Equal(t, codes.Unimplemented, codes.CategoryOf(err))
	assert.Equal(t, codes.FixSetup, codes.ActionOf(err))
	var rest *easemob.RESTError
	require.ErrorAs(t, err, &rest)
	assert.Equal(t, "Feature not enabled or unsupported.", easemob.ErrorCode(rest.ErrorCode).Meaning())

	// The vendor's send example carries a code no SDK table has: it still
	// matches its number, and the reason under the status decides.
	err = easemob.ParseResponse(400, []byte(`{"error":"message_send_error","exception":"EasemobMessageException","timestamp":1700000000000,"duration":0,"error_description":"message send error","error_code":14007}`))
	assert.ErrorIs(t, err, easemob.ErrorCode(14007))
	assert.Equal(t, codes.InvalidArgument, codes.CategoryOf(err))
	assert.Equal(t, codes.FixRequest, codes.ActionOf(err))

	// An unknown code with an unknown reason: the status decides.
	err = easemob.ParseResponse(502, []byte(`{"error":"something_new","error_code":14007}`))
	assert.Equal(t, codes.Unavailable, codes.CategoryOf(err))
	assert.Equal(t, codes.Retry, codes.ActionOf(err))

	// A known code whose category is Unknown leaves it to the reason.
	err = easemob.ParseResponse(400, []byte(`{"error":"metadata_error","error_code":60005}`))
	assert.Equal(t, codes.InvalidArgument, codes.CategoryOf(err))

	// No code: nothing matches the zero code.
	err = easemob.ParseResponse(404, []byte(`{"error":"service_resource_not_found"}`))
	assert.NotErrorIs(t, err, easemob.ErrorCode(0))
	assert.False(t, (*easemob.RESTError)(nil).Is(easemob.ErrorCode(0)))
	assert.False(t, errors.Is(err, easemob.ErrorCode(15002)))
}

// The voice-to-text and message-search services nest their seven-digit
// code under "error", the field the SDKs read as error.code.
func TestServiceCodeInErrorObject(t *testing.T) {
	err := easemob.ParseResponse(400, []byte(`{"error":{"code":4001003,"message":"audio too long"}}`))
	assert.ErrorIs(t, err, easemob.ErrorCode(4001003))
	var rest *easemob.RESTError
	require.ErrorAs(t, err, &rest)
	assert.Equal(t, 4001003, rest.ErrorCode)
	assert.Equal(t, "audio too long", rest.Description)
	assert.Equal(t, codes.FixRequest, codes.ActionOf(err))

	err = easemob.ParseResponse(400, []byte(`{"error":{"message":"no code"}}`))
	var e *codes.Error
	require.ErrorAs(t, err, &e)
	assert.ErrorContains(t, e.Err, `the "error" object has no numeric code`)
}

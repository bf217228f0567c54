package easemob_test

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/easemob"
)

// A plain loop: retry what can succeed, after the wait the response asked
// for or a back-off; get a new token once on Reauthenticate, never in a
// loop; stop on anything else.
func Example_retryLoop() {
	// The service: the first token has expired, then the API is rate-limited
	// once, then the call succeeds.
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/token") {
			fmt.Fprint(w, `{"access_token":"new","expires_in":3600}`)
			return
		}
		switch calls++; {
		case r.Header.Get("Authorization") != "Bearer new":
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprint(w, `{"error":"unauthorized","error_description":"Unable to authenticate due to expired access token"}`)
		case calls == 2:
			w.Header().Set("Retry-After", "0")
			w.WriteHeader(http.StatusTooManyRequests)
			fmt.Fprint(w, `{"error":"reach_limit","error_description":"This request has reached api limit"}`)
		default:
			fmt.Fprint(w, `{"action":"post","entities":[{"username":"alice"}]}`)
		}
	}))
	defer srv.Close()

	client := &http.Client{Transport: &easemob.Transport{}}
	token := "expired"
	login := func() error { // gets a new app token
		resp, err := client.Post(srv.URL+"/org/app/token", "application/json", strings.NewReader(`{"grant_type":"client_credentials"}`))
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		token = "new" // decode resp.Body here
		return nil
	}
	call := func() error {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/org/app/users", strings.NewReader(`{"username":"alice"}`))
		req.Header.Set("Authorization", "Bearer "+token)
		resp, err := client.Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close() // decode resp.Body here
	}

	err := func() error {
		loggedIn := false
		for attempt, wait := 1, 100*time.Millisecond; ; attempt, wait = attempt+1, 2*wait {
			err := call()
			switch codes.ActionOf(err) {
			case codes.None:
				return nil
			case codes.Retry, codes.RetryLater:
				if attempt == 4 {
					return err
				}
				if r := codes.ResponseOf(err); r.HasRetryAfter {
					wait = r.RetryAfter
				}
				fmt.Println("retry after", wait)
				time.Sleep(wait)
			case codes.Reauthenticate:
				if loggedIn {
					return err // a new token did not help: not a loop
				}
				fmt.Println("log in again")
				if err := login(); err != nil {
					return errors.Join(err, errors.New("logging in again"))
				}
				loggedIn = true
			default:
				return err
			}
		}
	}()
	fmt.Println("done:", err)
	// Output:
	// log in again
	// retry after 0s
	// done: <nil>
}

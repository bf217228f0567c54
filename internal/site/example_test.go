package site_test

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"net/http/httptest"

	"github.com/imcodes/imcodes/codes"
	"github.com/imcodes/imcodes/internal/site"
)

// The handler serves the pages and the JSON API; NewServer gives it bounded
// headers and timeouts (imcodes serve does this on 127.0.0.1:8080).
func ExampleHandler() {
	h, err := site.Handler()
	if err != nil {
		log.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()

	resp, err := http.Get(srv.URL + "/api/code/jmessage/server/898002")
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var e codes.Entry
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		log.Fatal(err)
	}
	fmt.Println(resp.StatusCode, e.Name, e.Category, e.Action)

	page, err := http.Get(srv.URL + "/jmessage/server/898002")
	if err != nil {
		log.Fatal(err)
	}
	page.Body.Close()
	fmt.Println(page.StatusCode, page.Header.Get("Content-Type"))
	// Output:
	// 200 NoSuchUser NotFound FixRequest
	// 200 text/html; charset=utf-8
}

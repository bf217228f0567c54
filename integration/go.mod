module github.com/imcodes/imcodes/integration

go 1.25.0

require (
	github.com/cenkalti/backoff/v5 v5.0.3
	github.com/chromedp/cdproto v0.159.0
	github.com/chromedp/chromedp v0.23.0
	github.com/emenwin/jmessage-api-go-client v0.0.0
	github.com/franela/goreq v0.0.0-20171204163338-bcd34c9993f8
	github.com/go-resty/resty/v2 v2.17.2
	github.com/hashicorp/go-retryablehttp v0.7.8
	github.com/imcodes/imcodes v0.0.0
	github.com/opdss/go-easemob-im-server-sdk v0.0.0
	github.com/stretchr/testify v1.12.1
)

require (
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/google/go-cmp v0.7.0 // indirect
	github.com/hashicorp/go-cleanhttp v0.5.2 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
	golang.org/x/net v0.50.0 // indirect
	golang.org/x/sync v0.16.0 // indirect
)

replace (
	github.com/emenwin/jmessage-api-go-client => ./third_party/jmessage-api-go-client
	github.com/imcodes/imcodes => ../
	github.com/opdss/go-easemob-im-server-sdk => ./third_party/go-easemob-im-server-sdk
)

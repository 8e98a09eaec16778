package article

import "fmt"

// Reason names why a block was removed by the cleaner, or why a whole
// document was skipped. Reasons are stable machine names: they appear in
// output/knowledge.json and in the run summary.
type Reason string

// Why a block was removed.
const (
	// ReasonEmpty: nothing but white space or punctuation.
	ReasonEmpty Reason = "empty"
	// ReasonNavigation: 上一篇 / 下一篇, breadcrumbs, menus, pagination.
	ReasonNavigation Reason = "navigation"
	// ReasonRelatedList: related-article lists: runs of short title lines,
	// often ending in a date or a category, and the heading that opens them
	// (相关内容, 相关推荐, 大家还在看, 猜你喜欢).
	ReasonRelatedList Reason = "related_list"
	// ReasonTeaser: an excerpt of another article inside a related list.
	ReasonTeaser Reason = "teaser"
	// ReasonWidget: share, back-to-top, QR-code and follow-us blocks.
	ReasonWidget Reason = "widget"
	// ReasonComment: readers' comments under the article in a text or
	// Markdown page, and the line that heads their box ("37 条评论",
	// "全部评论").
	ReasonComment Reason = "comment"
	// ReasonCounter: view, like and comment counters such as "(0)".
	ReasonCounter Reason = "counter"
	// ReasonTemplate: site template sentences ("大家好,XX小编来为大家解答…",
	// "以上就是关于…的相关回答").
	ReasonTemplate Reason = "template"
	// ReasonRepeated: a line that repeats across many documents of the run.
	ReasonRepeated Reason = "repeated"
	// ReasonFooter: 责任编辑, 特别声明, 版权所有, licence numbers.
	ReasonFooter Reason = "footer"
	// ReasonLinkDense: an HTML block made mostly of link text.
	ReasonLinkDense Reason = "link_dense"
	// ReasonBoilerplateMarkup: an HTML block inside an element whose
	// class, id or tag marks it as page furniture (nav, footer, sidebar, ad).
	ReasonBoilerplateMarkup Reason = "boilerplate_markup"
	// ReasonOutsideMain: an HTML block outside the main content region.
	ReasonOutsideMain Reason = "outside_main"
	// ReasonMedia: Markdown images and link-only lines.
	ReasonMedia Reason = "media"
	// ReasonMetadata: bylines, dates and source lines, kept as document
	// fields instead of content.
	ReasonMetadata Reason = "metadata"
	// ReasonDuplicate: a block that repeats the document's title after
	// it was kept once (scrapes print the page title and the article's
	// heading).
	ReasonDuplicate Reason = "duplicate"
)

// Why a whole document was skipped.
const (
	SkipUnsupported Reason = "unsupported_type"
	SkipUnreadable  Reason = "unreadable"
	SkipTooLarge    Reason = "too_large"
	SkipEmptyFile   Reason = "empty_file"
	SkipBinary      Reason = "binary"
	SkipUndecodable Reason = "undecodable"
	SkipNoContent   Reason = "no_content"
	SkipTimeout     Reason = "timeout"
	SkipLineTooLong Reason = "line_too_long"
	SkipNotRegular  Reason = "not_regular_file"
	SkipBadName     Reason = "bad_file_name"
	SkipPanic       Reason = "internal_error"
	// SkipFailed: a stage returned an error that is not a named skip.
	SkipFailed Reason = "failed"
)

// SkipError is returned by a stage to drop a whole document for a named
// reason. The pipeline counts it as dropped (not failed), reports it, and
// goes on with the other documents.
type SkipError struct {
	Path   string
	Reason Reason
	// Detail says more, for a person ("4.2 MB over the 2 MB limit").
	Detail string
	// Offset is the byte position of the problem in the file, or -1.
	Offset int64
}

func (e *SkipError) Error() string {
	msg := fmt.Sprintf("%s: skipped (%s)", e.Path, e.Reason)
	if e.Offset >= 0 {
		msg += fmt.Sprintf(" at byte %d", e.Offset)
	}
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

// Skip builds a *SkipError with no position.
func Skip(path string, reason Reason, format string, args ...any) *SkipError {
	return &SkipError{Path: path, Reason: reason, Detail: fmt.Sprintf(format, args...), Offset: -1}
}

;;; carelint.el --- CareLint for Emacs: carelint-lsp through eglot or lsp-mode  -*- lexical-binding: t; -*-

;; Version: 0.1.0
;; Package-Requires: ((emacs "27.1"))
;; Keywords: languages, wp

;;; Commentary:

;; Checks patient-education drafts (Markdown, plain text, HTML) with the CareLint language server.
;;
;;   (add-to-list 'load-path "/path/to/carelint/editors/emacs")
;;   (require 'carelint)
;;   (add-hook 'markdown-mode-hook #'eglot-ensure)      ; with eglot
;;   ;; or (add-hook 'markdown-mode-hook #'lsp-deferred) ; with lsp-mode
;;
;; Registers `carelint-lsp' with eglot (in `eglot-server-programs') and with lsp-mode (as an add-on client,
;; so it runs beside another Markdown server), whichever of the two is loaded.  Commands:
;; `carelint-fix-all' applies every safe fix in the buffer; `carelint-show-reading-grade' shows the document's
;; reading grade.

;;; Code:

(require 'cl-lib)

(defgroup carelint nil
  "CareLint: medical style and vocabulary checks for patient-education writing."
  :group 'tools
  :prefix "carelint-")

(defcustom carelint-lsp-command '("carelint-lsp")
  "The command that starts the CareLint language server.
A list: the program (a name on `exec-path' or an absolute file name)
and its arguments."
  :type '(repeat string))

(defcustom carelint-modes '(markdown-mode gfm-mode text-mode html-mode mhtml-mode)
  "Major modes whose buffers CareLint checks."
  :type '(repeat symbol))

(defcustom carelint-locale nil
  "The locale to check spelling against: \"en-US\" or \"en-GB\".
nil leaves it to the project's .carelint.json."
  :type '(choice (const :tag "From .carelint.json" nil) (const "en-US") (const "en-GB")))

(defcustom carelint-reading-grade nil
  "The target reading grade; nil leaves it to .carelint.json (default 8)."
  :type '(choice (const :tag "From .carelint.json" nil) integer))

(defun carelint--command (&rest _)
  "The server command, checked so that a missing binary gets a clear message."
  (unless (executable-find (car carelint-lsp-command))
    (user-error "carelint: `%s' is not an executable; build it (swift build -c release --product carelint-lsp) and put it on PATH, or set `carelint-lsp-command'"
                (car carelint-lsp-command)))
  carelint-lsp-command)

(defun carelint-settings ()
  "The `carelint' section of workspace/configuration, as a plist."
  (append (and carelint-locale (list :locale carelint-locale))
          (and carelint-reading-grade (list :readingGrade carelint-reading-grade))))

;;;; eglot

(declare-function eglot--current-server-or-lose "eglot")
(declare-function eglot--TextDocumentIdentifier "eglot")
(declare-function eglot--pos-to-lsp-position "eglot")
(declare-function eglot-code-actions "eglot")
(declare-function eglot--capabilities "eglot")
(declare-function jsonrpc-request "jsonrpc")
(defvar eglot-server-programs)
(defvar eglot-workspace-configuration)

(defun carelint--update-eglot-configuration ()
  "Put `carelint-settings' in `eglot-workspace-configuration'.
They go in its `carelint' section; other servers' sections are kept, and a
configuration that is a function is left alone."
  (let ((config (default-value 'eglot-workspace-configuration)))
    (unless (functionp config)
      (setq-default eglot-workspace-configuration
                    (cons (cons :carelint (carelint-settings))
                          (assq-delete-all :carelint (copy-sequence config)))))))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs (cons carelint-modes #'carelint--command))
  (carelint--update-eglot-configuration)
  (add-hook 'eglot-managed-mode-hook #'carelint--update-eglot-configuration))

;;;; lsp-mode

(declare-function lsp-register-client "lsp-mode")
(declare-function make-lsp-client "lsp-mode")
(declare-function lsp-stdio-connection "lsp-mode")
(declare-function lsp-activate-on "lsp-mode")
(declare-function lsp-register-custom-settings "lsp-mode")
(declare-function lsp-execute-code-action-by-kind "lsp-mode")
(declare-function lsp-request "lsp-mode")
(declare-function lsp--text-document-position-params "lsp-mode")
(declare-function lsp--text-document-identifier "lsp-mode")
(declare-function lsp-find-workspace "lsp-mode")
(declare-function lsp--workspace-server-capabilities "lsp-mode")
(defvar lsp--cur-workspace)

(with-eval-after-load 'lsp-mode
  (lsp-register-custom-settings
   '(("carelint.locale" carelint-locale)
     ("carelint.readingGrade" carelint-reading-grade)))
  (lsp-register-client
   (make-lsp-client
    :new-connection (lsp-stdio-connection #'carelint--command)
    :activation-fn (lsp-activate-on "markdown" "plaintext" "html")
    :server-id 'carelint
    :add-on? t
    :priority -1
    ;; lsp-mode before its LSP 3.17 position encoding support counts columns in code points: say so
    ;; (utf-32), so that a server that knows utf-32 can use it instead of utf-16.
    :custom-capabilities (unless (fboundp 'lsp--set-position-encoding)
                           '((general . ((positionEncodings . ["utf-32"]))))))))

;;;; Commands

(defun carelint--using-lsp-mode-p ()
  "Non-nil when lsp-mode, not eglot, manages this buffer."
  (and (bound-and-true-p lsp-mode) (not (bound-and-true-p eglot--managed-mode))))

(defun carelint-fix-all ()
  "Apply every safe CareLint fix in this buffer.
This is the server's `source.fixAll.carelint' code action."
  (interactive)
  (if (carelint--using-lsp-mode-p)
      (lsp-execute-code-action-by-kind "source.fixAll.carelint")
    (eglot-code-actions (point-min) (point-max) "source.fixAll.carelint" t)))

(defun carelint--title-position ()
  "The end of the line of the document's title.
The title is its first heading, after any front matter; the server answers
there with the document's readability (and nowhere a term could be hovered)."
  (save-excursion
    (goto-char (point-min))
    (when (looking-at "---[ \t]*$")
      (forward-line 1)
      (re-search-forward "^\\(---\\|\\.\\.\\.\\)[ \t]*$" nil t)
      (forward-line 1))
    (when (re-search-forward "^ \\{0,3\\}#+[ \t]+\\|^.+\n=+[ \t]*$" nil t)
      (when (eq (char-before) ?=) (forward-line -1)))
    (line-end-position)))

(defun carelint--hover-text (contents)
  "The text of a hover's CONTENTS.
CONTENTS is a MarkupContent, a MarkedString or a list of them."
  (cond ((stringp contents) contents)
        ((hash-table-p contents) (or (gethash "value" contents) ""))   ; lsp-mode without plists
        ((and (listp contents) (plist-get contents :value)) (plist-get contents :value))
        ((listp contents) (mapconcat #'carelint--hover-text contents "\n"))
        (t "")))

(defun carelint--json-get (object &rest keys)
  "The member of OBJECT at KEYS (strings), OBJECT a parsed JSON object.
OBJECT is a hash table (lsp-mode) or a plist with keyword keys (eglot)."
  (dolist (key keys object)
    (setq object (cond ((hash-table-p object) (gethash key object))
                       ((listp object) (plist-get object (intern (concat ":" key))))))))

(defun carelint--lsp-mode-workspace ()
  "The lsp-mode workspace of carelint-lsp for this buffer, or nil."
  (lsp-find-workspace 'carelint (buffer-file-name)))

(defun carelint--readability ()
  "The server's `carelint/readability' answer, or `none' if not offered.
A server offers it with `experimental.readabilityProvider'."
  (if (carelint--using-lsp-mode-p)
      (let ((workspace (carelint--lsp-mode-workspace)))
        (if (not (and workspace (eq t (carelint--json-get (lsp--workspace-server-capabilities workspace)
                                                          "experimental" "readabilityProvider"))))
            'none
          (let ((lsp--cur-workspace workspace))
            (lsp-request "carelint/readability" (list :textDocument (lsp--text-document-identifier))))))
    (let ((server (eglot--current-server-or-lose)))
      (if (not (eq t (carelint--json-get (eglot--capabilities server) "experimental" "readabilityProvider")))
          'none
        (jsonrpc-request server :carelint/readability (list :textDocument (eglot--TextDocumentIdentifier)))))))

(defun carelint--readability-text (result)
  "The reading grade for the echo area, from a `carelint/readability' RESULT.
Nil when the document has no prose to grade."
  (let ((grade (carelint--json-get result "grade")))
    (when (numberp grade)
      (let ((figure (lambda (key) (let ((value (carelint--json-get result key)))
                                    (if (numberp value) (format "%.1f" value) "-")))))
        (format "Reading grade %.1f · target grade %s (%s target)\nFlesch–Kincaid grade %s, SMOG grade %s: the grade is their mean. Flesch reading ease %s.\n%s words, %s sentences, %s syllables, %s words of three or more syllables."
                grade (funcall figure "target")
                (if (eq t (carelint--json-get result "withinTarget")) "within" "above")
                (funcall figure "fleschKincaidGrade") (funcall figure "smogGrade") (funcall figure "fleschReadingEase")
                (carelint--json-get result "words") (carelint--json-get result "sentences")
                (carelint--json-get result "syllables") (carelint--json-get result "polysyllables"))))))

(defun carelint--hover-grade ()
  "The reading grade from the server's hover on the title, or nil."
  (let* ((pos (carelint--title-position))
         (hover (if (carelint--using-lsp-mode-p)
                    (save-excursion
                      (goto-char pos)
                      (lsp-request "textDocument/hover" (lsp--text-document-position-params)))
                  (jsonrpc-request (eglot--current-server-or-lose) :textDocument/hover
                                   (list :textDocument (eglot--TextDocumentIdentifier)
                                         :position (eglot--pos-to-lsp-position pos))))))
    (when hover
      (carelint--plain (carelint--hover-text (if (hash-table-p hover)
                                                 (gethash "contents" hover)
                                               (plist-get hover :contents)))))))

(defun carelint-show-reading-grade ()
  "Show the document's reading grade.
It is the server's `carelint/readability' answer when the server offers it,
else its hover on the title."
  (interactive)
  (let ((result (carelint--readability)))
    (message "%s" (or (if (eq result 'none) (carelint--hover-grade) (carelint--readability-text result))
                      "carelint: no readability figures for this document"))))

(defun carelint--plain (markdown)
  "MARKDOWN as plain lines for the echo area.
No emphasis marks; table rows read \"Label: value\"."
  (let (lines)
    (dolist (line (split-string markdown "\n" t "[ \t]+"))
      (cond ((string-match-p "\\`|[- |:]*|\\'" line))              ; the table's rule
            ((string-match-p "\\`| *Measure *|" line))             ; its header
            ((string-match "\\`| *\\(.*?\\) *| *\\(.*?\\) *|\\'" line)
             (push (format "%s: %s" (match-string 1 line) (match-string 2 line)) lines))
            (t (push line lines))))
    (replace-regexp-in-string "\\*\\*\\|`" "" (mapconcat #'identity (nreverse lines) "\n"))))

(provide 'carelint)
;;; carelint.el ends here

;;; run.el --- Emacs end-to-end test of carelint.el with a real carelint-lsp  -*- lexical-binding: t; -*-

;; Run by editors/emacs/test/run.sh, once with eglot and once with lsp-mode:
;;   emacs -q --batch -l editors/emacs/test/run.el
;; Environment:
;;   CARELINT_CLIENT   eglot (default) or lsp-mode
;;   CARELINT_LSP      the server binary
;;   CARELINT_FIXTURE  a Markdown file (a copy: the test edits the buffer)
;;   CARELINT_OUT      folder for the results: diagnostics.txt, flymake.txt, after-fix-all.md, log.txt
;;   CARELINT_TIMEOUT  seconds to wait for each step (default 20)
;;   CARELINT_SETUP_GRADE  if set: `carelint-reading-grade' is N, and only the settings are checked (no warning
;;                     shown, the title's hover shows target grade N); otherwise the defaults (target 8)

;;; Code:

(require 'cl-lib)
(require 'package)
(package-initialize)                    ; Debian's elpa-* packages (eglot, markdown-mode)
(require 'flymake)
(require 'markdown-mode nil t)

(defvar carelint-test-client (intern (or (getenv "CARELINT_CLIENT") "eglot")))
(unless (memq carelint-test-client '(eglot lsp-mode))
  (error "CARELINT_CLIENT must be eglot or lsp-mode, not %s" carelint-test-client))
(require carelint-test-client)
(when (eq carelint-test-client 'lsp-mode)
  (setq lsp-diagnostics-provider :flymake
        lsp-enable-snippet nil
        lsp-enable-file-watchers nil
        lsp-headerline-breadcrumb-enable nil
        lsp-modeline-code-actions-enable nil
        lsp-modeline-diagnostics-enable nil
        lsp-restart 'ignore
        lsp-keep-workspace-alive nil))

(defvar carelint-test-out (or (getenv "CARELINT_OUT") (error "CARELINT_OUT is not set")))
(defvar carelint-test-timeout (string-to-number (or (getenv "CARELINT_TIMEOUT") "20")))
(defvar carelint-test-log nil)
(defvar carelint-test-published nil "Every publishDiagnostics received, newest first, as (URI VERSION DIAGNOSTICS).")

(defun carelint-test-log (format-string &rest args)
  (push (apply #'format format-string args) carelint-test-log))

(defun carelint-test-write (name text)
  (with-temp-file (expand-file-name name carelint-test-out)
    (set-buffer-file-coding-system 'utf-8-unix)
    (insert text)))

(defun carelint-test-finish (code)
  (carelint-test-write "log.txt" (concat (mapconcat #'identity (reverse carelint-test-log) "\n") "\n"))
  (kill-emacs code))

;; As a writer's init file would: settings first, then carelint.el.
(defvar carelint-test-setup-grade (and (getenv "CARELINT_SETUP_GRADE") (string-to-number (getenv "CARELINT_SETUP_GRADE"))))
(when carelint-test-setup-grade (setq carelint-reading-grade carelint-test-setup-grade))
(load (expand-file-name "../carelint.el" (file-name-directory load-file-name)) nil t)

;; A warning or error the server shows the writer fails the test: a clean setup must not produce one.
(defvar carelint-test-shown nil)
(defun carelint-test-shown (type message)
  (carelint-test-log "window/showMessage %s: %s" type message)
  (when (<= type 2) (push message carelint-test-shown)))

(defun carelint-test-plist (value)
  "VALUE (lsp-mode's hash tables and vectors) as eglot's plists and lists."
  (cond ((hash-table-p value)
         (let (plist)
           (maphash (lambda (k v) (setq plist (append plist (list (intern (concat ":" k)) (carelint-test-plist v)))))
                    value)
           plist))
        ((vectorp value) (mapcar #'carelint-test-plist value))
        (t value)))

;; Keep each publishDiagnostics as received, before the client hands it to flymake.
(if (eq carelint-test-client 'eglot)
    (progn
      (cl-defmethod eglot-handle-notification :before
        (_server (_method (eql textDocument/publishDiagnostics)) &key uri diagnostics version &allow-other-keys)
        (push (list uri version (append diagnostics nil)) carelint-test-published))
      (cl-defmethod eglot-handle-notification :before
        (_server (_method (eql window/showMessage)) &key type message &allow-other-keys)
        (carelint-test-shown type message)))
  (advice-add 'lsp--on-diagnostics :before
              (lambda (_workspace params)
                (let ((p (carelint-test-plist params)))
                  (push (list (plist-get p :uri) (plist-get p :version) (plist-get p :diagnostics))
                        carelint-test-published))))
  (advice-add 'lsp--window-show-message :before
              (lambda (params &rest _)
                (carelint-test-shown (gethash "type" params) (gethash "message" params)))))

(defun carelint-test-region (range)
  "The buffer region the client maps an LSP RANGE (a plist) to."
  (if (eq carelint-test-client 'eglot)
      (eglot--range-region range)
    (let ((start (plist-get range :start)) (end (plist-get range :end)))
      (cons (lsp--position-to-point (lsp-make-position :line (plist-get start :line) :character (plist-get start :character)))
            (lsp--position-to-point (lsp-make-position :line (plist-get end :line) :character (plist-get end :character)))))))

(defun carelint-test-wait (predicate what)
  "Process events until PREDICATE holds; fail after `carelint-test-timeout' seconds."
  (let ((deadline (+ (float-time) carelint-test-timeout)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (unless (funcall predicate)
      (error "Timed out after %ss waiting for %s" carelint-test-timeout what))))

(defun carelint-test-settle (seconds)
  (let ((deadline (+ (float-time) seconds)))
    (while (< (float-time) deadline) (accept-process-output nil 0.05))))

(defun carelint-test-latest (uri)
  (cl-find-if (lambda (p) (equal (car p) uri)) carelint-test-published))

(defun carelint-test-escape (text)
  (replace-regexp-in-string "\n" "\\\\n"
                            (replace-regexp-in-string "\"" "\\\\\""
                                                      (replace-regexp-in-string "\\\\" "\\\\\\\\" text))))

(defun carelint-test-utf16-position (point)
  "POINT as (LINE . UTF-16 COLUMN), 0-based: the unit of the expected files, whatever encoding was negotiated."
  (save-excursion
    (goto-char point)
    (cons (1- (line-number-at-pos point))
          (/ (length (encode-coding-string (buffer-substring-no-properties (line-beginning-position) point) 'utf-16le)) 2))))

(defun carelint-test-render (diagnostics)
  "One line per diagnostic: where the client puts it (UTF-16), severity, rule, and the text there."
  (let ((rows
         (mapcar
          (lambda (d)
            (let* ((region (carelint-test-region (plist-get d :range)))
                   (start (carelint-test-utf16-position (car region)))
                   (end (carelint-test-utf16-position (cdr region))))
              (list (car start) (cdr start)
                    (format "%d:%d-%d:%d %s %s \"%s\""
                            (car start) (cdr start) (car end) (cdr end)
                            (pcase (plist-get d :severity) (1 "error") (2 "warning") (3 "info") (4 "hint") (_ "?"))
                            (plist-get d :code)
                            (carelint-test-escape
                             (buffer-substring-no-properties (car region) (cdr region)))))))
          diagnostics)))
    (setq rows (sort rows (lambda (a b)
                            (or (< (nth 0 a) (nth 0 b))
                                (and (= (nth 0 a) (nth 0 b))
                                     (or (< (nth 1 a) (nth 1 b))
                                         (and (= (nth 1 a) (nth 1 b)) (string< (nth 2 a) (nth 2 b)))))))))
    (mapconcat (lambda (row) (concat (nth 2 row) "\n")) rows "")))

(condition-case err
    (let* ((server (or (getenv "CARELINT_LSP") (error "CARELINT_LSP is not set")))
           (fixture (or (getenv "CARELINT_FIXTURE") (error "CARELINT_FIXTURE is not set")))
           (eglot-sync-connect carelint-test-timeout)
           (eglot-connect-timeout carelint-test-timeout)
           (inhibit-message t))
      (setq carelint-lsp-command (list server))
      (carelint-test-log "emacs %s, %s %s" emacs-version carelint-test-client
                         (or (ignore-errors (package-version-join
                                             (package-desc-version (cadr (assq carelint-test-client package-alist)))))
                             "?"))
      (find-file fixture)
      (carelint-test-log "major mode %s" major-mode)
      (if (eq carelint-test-client 'eglot)
          (progn
            ;; What M-x eglot does: find the server for this mode in `eglot-server-programs' (carelint.el put it there).
            (apply #'eglot (eglot--guess-contact))
            (carelint-test-wait #'eglot-current-server "eglot to connect")
            (carelint-test-log "connected: %s" (eglot--server-info (eglot-current-server))))
        ;; What M-x lsp does, with the file's folder as the workspace: carelint.el registered the client.
        (lsp-workspace-folders-add default-directory)
        (lsp)
        (carelint-test-wait (lambda () (cl-some (lambda (w) (eq (lsp--workspace-status w) 'initialized)) (lsp-workspaces)))
                            "lsp-mode to initialize carelint-lsp")
        (carelint-test-log "connected: %s" (mapcar #'lsp--workspace-print (lsp-workspaces))))
      (let ((uri (if (eq carelint-test-client 'eglot) (eglot--path-to-uri buffer-file-name) (lsp--buffer-uri))))
        (carelint-test-wait (lambda () (carelint-test-latest uri)) "diagnostics after open")
        (carelint-test-settle 0.3)
        (let ((diagnostics (nth 2 (carelint-test-latest uri))))
          (carelint-test-log "open: version %s, %d diagnostics" (nth 1 (carelint-test-latest uri)) (length diagnostics))
          (dolist (d diagnostics)
            (unless (equal (plist-get d :source) "carelint")
              (error "Diagnostic without source \"carelint\": %S" d)))
          (carelint-test-write "diagnostics.txt" (carelint-test-render diagnostics))
          ;; What the writer sees: flymake's diagnostics in the buffer, the same count.
          (carelint-test-wait (lambda () (= (length (flymake-diagnostics)) (length diagnostics)))
                              (format "flymake to show %d diagnostics" (length diagnostics)))
          (carelint-test-write
           "flymake.txt"
           (mapconcat (lambda (d)
                        (format "%d:%d %s %s\n"
                                (line-number-at-pos (flymake-diagnostic-beg d))
                                (save-excursion (goto-char (flymake-diagnostic-beg d)) (current-column))
                                (flymake-diagnostic-type d)
                                (flymake-diagnostic-text d)))
                      (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))
                      ""))
          ;; carelint-show-reading-grade: the hover on the title, with the default target or `carelint-reading-grade'.
          (let ((grade (carelint-show-reading-grade))
                (target (format "target grade %.1f" (or carelint-test-setup-grade 8))))
            (carelint-test-log "grade: %s" (replace-regexp-in-string "\n" " | " grade))
            (unless (string-match-p (regexp-quote target) grade)
              (error "carelint-show-reading-grade does not show %S: %S" target grade)))
          (when carelint-test-setup-grade
            (when carelint-test-shown
              (error "The server showed: %s" (mapconcat #'identity carelint-test-shown " | ")))
            (carelint-test-finish 0))
          ;; Every safe fix at once, through carelint.el's command.
          (let ((before (length carelint-test-published))
                (tick (buffer-chars-modified-tick)))
            (carelint-fix-all)
            (carelint-test-write "after-fix-all.md" (buffer-substring-no-properties (point-min) (point-max)))
            (if (= tick (buffer-chars-modified-tick))
                (progn (carelint-test-log "fix all changed nothing")
                       (carelint-test-write "after-fix-all-diagnostics.txt" (carelint-test-render diagnostics)))
              ;; eglot sends changes from an idle timer, and batch Emacs is never idle: send them now.
              (when (eq carelint-test-client 'eglot) (eglot--signal-textDocument/didChange))
              (carelint-test-wait (lambda () (> (length carelint-test-published) before)) "diagnostics after fix all")
              (carelint-test-settle 0.3)
              (carelint-test-write "after-fix-all-diagnostics.txt"
                                   (carelint-test-render (nth 2 (carelint-test-latest uri))))))))
      (when carelint-test-shown
        (error "The server showed: %s" (mapconcat #'identity carelint-test-shown " | ")))
      (if (eq carelint-test-client 'eglot)
          (eglot-shutdown (eglot-current-server))
        (mapc #'lsp-workspace-shutdown (lsp-workspaces)))
      (carelint-test-finish 0))
  (error
   (carelint-test-log "FAIL: %s" (error-message-string err))
   (message "emacs test: %s" (error-message-string err))
   (carelint-test-finish 1)))

;;; run.el ends here

;;; test.el --- Eglot and Flymake against `inspect lsp', in `emacs --batch'  -*- lexical-binding: t -*-
;; Run by tests/editors/run after init.el, in a folder holding youth-2019.inspect: the youth 2019
;; framework with `safety_concerns' misspelt `safety_concern' in the condition of key question
;; 2.2.2 (line 398). Checks the Flymake diagnostic Eglot makes of the server's; exits 1 on failure.
;; The expected values are written here by hand from the framework's text, not taken from the server.

(require 'eglot)
(require 'flymake)

(defun inspect-test-fail (format-string &rest args)
  (princ (concat "emacs: FAIL: " (apply #'format format-string args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(defun inspect-test-wait (predicate what)
  "Process the server's messages until PREDICATE holds; fail after 20 s, saying WHAT."
  (let ((deadline (+ (float-time) 20)))
    (while (not (funcall predicate))
      (when (> (float-time) deadline)
        (inspect-test-fail "%s within 20 s" what))
      (accept-process-output nil 0.05))))

(condition-case err
    (progn
      (find-file "youth-2019.inspect")
      (unless (eq major-mode 'inspect-mode)
        (inspect-test-fail "the .inspect file is in %s, not inspect-mode" major-mode))
      ;; `eglot-ensure' (from the mode hook) connects after the command that opened the file;
      ;; batch has no command loop, so run what follows a command.
      (run-hooks 'post-command-hook)
      (inspect-test-wait (lambda () (eglot-current-server)) "the server did not start")
      (princ "ok: server started\n")
      ;; Flymake asks its backends on its own timers only after a command; ask it now.
      (flymake-start)
      (let (diagnostics)
        (inspect-test-wait (lambda () (setq diagnostics (flymake-diagnostics))) "no diagnostic")
        (unless (= (length diagnostics) 1)
          (inspect-test-fail "expected one diagnostic, got %S" diagnostics))
        (let* ((d (car diagnostics))
               (beg (flymake-diagnostic-beg d))
               (end (flymake-diagnostic-end d))
               (text (flymake-diagnostic-text d))
               (expected "inspect [IF0109]: There is no fact called 'safety_concern'. Did you mean 'safety_concerns'?"))
          ;; Line 398, columns 103-117 (0-based, of `safety_concern').
          (save-excursion
            (goto-char (point-min))
            (forward-line 397)
            (let ((start (+ (point) 103)))
              (unless (and (= beg start) (= end (+ start 14)))
                (inspect-test-fail "range: expected %d-%d (398:103-117), got %d-%d" start (+ start 14) beg end))))
          (unless (eq (flymake-diagnostic-type d) 'eglot-error)
            (inspect-test-fail "type: expected eglot-error, got %S" (flymake-diagnostic-type d)))
          (unless (equal text expected)
            (inspect-test-fail "text: expected\n  %s\ngot\n  %s" expected text))
          (princ (format "ok: %s-%s (line 398, columns 103-117): %s\n" beg end text))))
      (eglot-shutdown (eglot-current-server))
      (princ "ok: server stopped\n")
      (kill-emacs 0))
  (error (inspect-test-fail "%S" err)))

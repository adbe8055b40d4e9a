;;; init.el --- the configuration docs/editors.md gives for Emacs with Eglot, as written there  -*- lexical-binding: t -*-
;; The editor test loads it in `emacs --batch' (no user init; Debian's site files, which put
;; elpa-eglot on the load path), with the server under test first on the PATH.

(define-derived-mode inspect-mode prog-mode "Inspect"
  "Major mode for InspectFramework framework files (.inspect)."
  (setq-local comment-start "// ")
  (setq-local comment-end "")
  (setq-local indent-tabs-mode nil))
(add-to-list 'auto-mode-alist '("\\.inspect\\'" . inspect-mode))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(inspect-mode "inspect" "lsp")))
(add-hook 'inspect-mode-hook #'eglot-ensure)

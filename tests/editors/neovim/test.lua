-- Neovim's own LSP client against `inspect lsp`: run by tests/editors/run as
--   nvim --headless -u tests/editors/neovim/init.lua -c 'luafile tests/editors/neovim/test.lua' FILE
-- where FILE is the youth 2019 framework with `safety_concerns` misspelt `safety_concern` in the
-- condition of key question 2.2.2 (line 398). Prints what it checks; exits 1 on the first failure.
-- The expected values are written here by hand from the framework's text, not taken from the server.

local wait_ms = 20000

local function say(text)
  io.stdout:write(text .. '\n')
end

local function fail(text)
  io.stderr:write('neovim: FAIL: ' .. text .. '\n')
  vim.cmd('cquit 1')
end

local function check(condition, text)
  if not condition then
    fail(text)
  end
end

-- Any error in this script fails the test with its message rather than leaving Neovim waiting.
local ok, err = xpcall(function()
  local buf = vim.api.nvim_get_current_buf()
  check(vim.bo[buf].filetype == 'inspect', 'the .inspect file did not get the filetype "inspect"')

  local client
  check(vim.wait(wait_ms, function()
    client = vim.lsp.get_active_clients()[1]
    return client ~= nil and client.initialized
  end, 20), 'the server did not start and initialize within 20 s')
  say('ok: server started: ' .. client.name)

  -- The diagnostic: line 398 is 0-based line 397; `safety_concern` starts at UTF-16 character 103
  -- and is 14 long.
  local diagnostics
  check(vim.wait(wait_ms, function()
    diagnostics = vim.diagnostic.get(buf)
    return #diagnostics > 0
  end, 20), 'no diagnostic within 20 s')
  check(#diagnostics == 1, 'expected one diagnostic, got ' .. vim.inspect(diagnostics))
  local d = diagnostics[1]
  local expected_message = "There is no fact called 'safety_concern'. Did you mean 'safety_concerns'?"
  check(d.code == 'IF0109', 'code: expected IF0109, got ' .. tostring(d.code))
  check(d.severity == vim.diagnostic.severity.ERROR, 'severity: expected error, got ' .. tostring(d.severity))
  check(d.lnum == 397 and d.col == 103 and d.end_lnum == 397 and d.end_col == 117,
    string.format('range: expected 397:103-397:117, got %d:%d-%d:%d', d.lnum, d.col, d.end_lnum, d.end_col))
  check(d.message == expected_message, 'message: expected\n  ' .. expected_message .. '\ngot\n  ' .. d.message)
  say(string.format('ok: %s at %d:%d-%d:%d: %s', d.code, d.lnum + 1, d.col + 1, d.end_lnum + 1, d.end_col + 1, d.message))

  do
    local params = {
      textDocument = { uri = vim.uri_from_bufnr(buf) },
      range = { start = { line = 397, character = 103 }, ['end'] = { line = 397, character = 117 } },
      context = { diagnostics = { d.user_data.lsp } },
    }
    local response = client.request_sync('textDocument/codeAction', params, wait_ms, buf)
    check(response and response.result, 'codeAction: no answer: ' .. vim.inspect(response))
    local preferred
    for _, action in ipairs(response.result) do
      if action.isPreferred then
        check(preferred == nil, 'codeAction: two preferred actions')
        preferred = action
      end
    end
    check(preferred and preferred.edit, 'codeAction: no preferred action with an edit: ' .. vim.inspect(response.result))
    check(preferred.title == "Replace 'safety_concern' with 'safety_concerns'", 'codeAction: title ' .. preferred.title)
    say('ok: preferred code action: ' .. preferred.title)
    vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
    local line = vim.api.nvim_buf_get_lines(buf, 397, 398, true)[1]
    check(line:sub(104) == 'safety_concerns {', 'the fix left line 398 as: ' .. line)
    check(vim.wait(wait_ms, function() return #vim.diagnostic.get(buf) == 0 end, 20),
      'the diagnostic did not clear within 20 s: ' .. vim.inspect(vim.diagnostic.get(buf)))
    say('ok: the fix cleared the diagnostic')
  end

  do
    local params = { textDocument = { uri = vim.uri_from_bufnr(buf) } }
    local response = client.request_sync('textDocument/documentSymbol', params, wait_ms, buf)
    check(response and response.result, 'documentSymbol: no answer: ' .. vim.inspect(response))
    local domains = {}
    for _, symbol in ipairs(response.result) do
      if symbol.name:match('^1 ') or symbol.name:match('^2 ') or symbol.name:match('^3 ') then
        table.insert(domains, symbol.name)
      end
    end
    local expected = { '1 Organisational delivery', '2 Court disposals', '3 Out-of-court disposals' }
    check(vim.deep_equal(domains, expected), 'documentSymbol: domains ' .. vim.inspect(domains))
    say('ok: outline: ' .. table.concat(domains, '; '))
  end

  client.stop()
  check(vim.wait(wait_ms, function() return client.is_stopped() end, 20), 'the server did not stop within 20 s')
  say('ok: server stopped')
end, debug.traceback)

if not ok then
  fail(err)
end
vim.cmd('qall!')

-- The configuration docs/editors.md gives for Neovim 0.7, as written there: the editor test runs
-- Neovim with this file as its init.lua, with the server under test first on the PATH.
vim.cmd([[autocmd BufRead,BufNewFile *.inspect setfiletype inspect]])

-- One server for every .inspect buffer, started with the first.
local inspect_client = nil
vim.api.nvim_create_autocmd('FileType', {
  pattern = 'inspect',
  callback = function(args)
    if inspect_client == nil or vim.lsp.client_is_stopped(inspect_client) then
      inspect_client = vim.lsp.start_client({
        name = 'inspect',
        cmd = { 'inspect', 'lsp' },
        root_dir = vim.fn.getcwd(),
      })
    end
    vim.lsp.buf_attach_client(args.buf, inspect_client)
    vim.bo[args.buf].commentstring = '// %s'
  end,
})

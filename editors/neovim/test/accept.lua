-- Neovim check of "Add WORD to the project's accepted words" in a client that sends no
-- workspace/didChangeWatchedFiles (Neovim 0.7): apply the action, save .carelint.json, edit the page, and the
-- finding must be gone. Run by editors/neovim/test/accept.sh.
-- Environment: CARELINT_LSP (server), CARELINT_PAGE (a Markdown file beside a .carelint.json), CARELINT_WORD
-- (the word to accept), CARELINT_OUT (folder for log.txt), CARELINT_TIMEOUT (ms per step, default 20000).

local out = assert(os.getenv('CARELINT_OUT'), 'CARELINT_OUT is not set')
local log_lines = {}
local function log(message) table.insert(log_lines, message) end
local function finish(code)
  local file = assert(io.open(out .. '/log.txt', 'w'))
  file:write(table.concat(log_lines, '\n') .. '\n')
  file:close()
  vim.cmd((code == 0 and 'qall!' or ('cquit ' .. code)))
end

local ok, err = pcall(function()
  local server = assert(os.getenv('CARELINT_LSP'), 'CARELINT_LSP is not set')
  local page = assert(os.getenv('CARELINT_PAGE'), 'CARELINT_PAGE is not set')
  local word = assert(os.getenv('CARELINT_WORD'), 'CARELINT_WORD is not set')
  local timeout = tonumber(os.getenv('CARELINT_TIMEOUT') or '20000')
  local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
  vim.opt.runtimepath:prepend(vim.fn.fnamemodify(here, ':h'))
  vim.cmd('filetype on')

  local published = {}
  local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
  vim.lsp.handlers['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
    table.insert(published, result)
    return default_handler(e, result, ctx, config)
  end

  local carelint = require('carelint')
  carelint.setup({ cmd = { server } })
  vim.cmd('edit ' .. vim.fn.fnameescape(page))
  local bufnr = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(bufnr)
  if not vim.wait(timeout, function() return carelint.client(bufnr) ~= nil and carelint.client(bufnr).initialized end, 20) then
    error('carelint-lsp did not attach within ' .. timeout .. ' ms')
  end
  local client = carelint.client(bufnr)

  -- The diagnostics of the buffer's current version, as the latest publish for it.
  local function current(after)
    local found
    if not vim.wait(timeout, function()
      local version = vim.lsp.util.buf_versions[bufnr]
      for i = #published, after + 1, -1 do
        local p = published[i]
        if p.uri == uri and (p.version == nil or p.version == version) then found = p return true end
      end
      return false
    end, 20) then
      error('no diagnostics for version ' .. tostring(vim.lsp.util.buf_versions[bufnr]) .. ' within ' .. timeout .. ' ms')
    end
    return found.diagnostics
  end
  local function on_word(diagnostics)
    local line = vim.api.nvim_buf_get_lines(bufnr, 0, 1, false)[1]
    for _, d in ipairs(diagnostics) do
      if d.range.start.line == 0 and line:sub(d.range.start.character + 1, d.range['end'].character) == word then return d end
    end
  end

  local flagged = on_word(current(0))
  if not flagged then error('"' .. word .. '" is not flagged on open') end
  log('flagged on open: ' .. tostring(flagged.code))
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = uri }, range = flagged.range, context = { diagnostics = { flagged }, only = { 'quickfix' } },
  }, timeout, bufnr)
  local accept
  for _, action in ipairs((response and response.result) or {}) do
    if action.title == 'Add "' .. word .. '" to the project\'s accepted words' then accept = action end
  end
  if not accept then error('no "accepted words" action: ' .. vim.inspect(response)) end
  vim.lsp.util.apply_workspace_edit(accept.edit, client.offset_encoding)
  -- The edit went to a buffer of .carelint.json; the writer saves it. Neovim 0.7 tells the server nothing.
  local configuration = vim.fn.fnamemodify(page, ':p:h') .. '/.carelint.json'
  local configbuf = vim.fn.bufnr(configuration)
  if configbuf < 0 then error('the action did not open ' .. configuration) end
  vim.api.nvim_buf_call(configbuf, function() vim.cmd('silent write') end)
  log('saved: ' .. table.concat(vim.api.nvim_buf_get_lines(configbuf, 0, -1, false), ' '))

  local before = #published
  vim.api.nvim_buf_set_lines(bufnr, 0, 1, false, { vim.api.nvim_buf_get_lines(bufnr, 0, 1, false)[1] .. ' Ask your nurse.' })
  local after = current(before)
  local still = on_word(after)
  if still then error('"' .. word .. '" is still flagged after saving the configuration and editing: ' .. tostring(still.code)) end
  log('after the edit: ' .. #after .. ' diagnostics, none on "' .. word .. '"')
  vim.lsp.stop_client(client.id)
end)

if ok then finish(0) else log('FAIL: ' .. tostring(err)); io.stderr:write('neovim accept test: ' .. tostring(err) .. '\n'); finish(1) end
